import { useEffect, useRef } from 'react';
import { DefaultZIndexes, Line, LineChart, ReferenceLine, useXAxisScale, useYAxisScale, ZIndexLayer } from 'recharts';
import { CHART_MARGIN, seriesColor } from '../../../components/chart-config';
import { chartFrame } from '../../../components/chart-frame';
import { SeriesDots } from './chart-layers';
import { EventLines } from './event-lines';
import type { DrawnTradeChartProps } from './plain-line-chart';

/**
 * The trade chart drawn by Recharts, once a reader comes to it: the same lines, points and axes as the
 * plain chart it replaces (to the pixel), with the tooltip and the keyboard's walk through the years.
 * When the plain chart had the focus, the focus moves to this one's surface.
 */
export default function InteractiveTradeChart({
  rows,
  reporters,
  config,
  from,
  to,
  width,
  height,
  showZero,
  events,
  emphasised,
  axis,
  takeFocus,
}: DrawnTradeChartProps & { takeFocus: boolean }) {
  const wrapper = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!takeFocus) return;
    // Recharts draws its surface a few commits after mounting, once its store knows the size: wait for it.
    // Focus it only if the focus was lost with the plain chart, never taking it from where the reader moved it.
    let frame = 0;
    let tries = 0;
    const settle = () => {
      const surface = wrapper.current?.querySelector<SVGElement>('svg.recharts-surface');
      const lost = document.activeElement === null || document.activeElement === document.body;
      if (surface && lost) surface.focus();
      else if (!surface && lost && ++tries < 60) frame = requestAnimationFrame(settle);
    };
    settle();
    return () => cancelAnimationFrame(frame);
  }, [takeFocus]);
  return (
    <div ref={wrapper}>
      <LineChart width={width} height={height} data={rows} margin={CHART_MARGIN}>
        {chartFrame(from, to, width, true, { valueAxis: axis })}
        {showZero ? <ReferenceLine y={0} stroke="var(--fg)" strokeOpacity={0.5} /> : null}
        <EventLines events={events} emphasised={emphasised} />
        {reporters.map((reporter) => (
          <Line
            key={reporter}
            type="linear"
            dataKey={reporter}
            name={config[reporter]?.label ?? reporter}
            stroke={seriesColor(reporter)}
            strokeWidth={2.25}
            strokeDasharray={config[reporter]?.dashed ? '6 3' : undefined}
            dot={false}
            activeDot={{ r: 5 }}
            connectNulls={false}
            isAnimationActive={false}
          />
        ))}
        <StatusDots rows={rows} reporters={reporters} />
      </LineChart>
    </div>
  );
}

/** The points, in the layer of the lines' own dots (above the lines), placed by the chart's scales. */
function StatusDots({ rows, reporters }: Pick<DrawnTradeChartProps, 'rows' | 'reporters'>) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  if (!x || !y) return null;
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.scatter}>
      <SeriesDots rows={rows} reporters={reporters} x={x} y={y} />
    </ZIndexLayer>
  );
}
