import { memo } from 'react';
import { Line, LineChart, ReferenceLine, useXAxisScale, useYAxisScale, ZIndexLayer, DefaultZIndexes } from 'recharts';
import { CHART_MARGIN, seriesColor } from '../../../components/chart-config';
import { ChartContainer, chartFrame } from '../../../components/chart-container';
import type { Reporter } from '../../../data/codes';
import { isFlagged, type CountryRow } from '../country-rows';
import { EventLines, type ReporterChartProps } from './event-lines';

interface TradeChartProps extends ReporterChartProps {
  rows: CountryRow[];
  showZero: boolean;
}

const HEIGHT = 280;

/**
 * Lines by reporter over the years; a missing year is a gap in the line, never a zero. Drawn without
 * animation: a new country or year shows its figures in the next frame.
 */
export const TradeChart = memo(function TradeChart({
  rows,
  reporters,
  config,
  label,
  from,
  to,
  showZero,
  events,
  emphasised,
  below,
  width: knownWidth,
}: TradeChartProps) {
  return (
    <ChartContainer config={config} legend={reporters} height={HEIGHT} label={label} below={below} width={knownWidth}>
      {(width, engaged) => (
        <LineChart width={width} height={HEIGHT} data={rows} margin={CHART_MARGIN}>
          {chartFrame(from, to, width, engaged)}
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
      )}
    </ChartContainer>
  );
});

/**
 * The points, in one layer: filled for a reported or derived figure, hollow for an estimate or an
 * uncertain figure. One component for all of them redraws far faster than a dot renderer per point.
 */
function StatusDots({ rows, reporters }: { rows: CountryRow[]; reporters: Reporter[] }) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  if (!x || !y) return null;
  // In the layer of the lines' own dots, above the lines.
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.scatter}>
      <g className="chart-dots" aria-hidden="true">
        {reporters.flatMap((reporter) =>
          rows.map((row) => {
            const value = row[reporter];
            const cx = x(row.x);
            const cy = value == null ? undefined : y(value);
            if (cx === undefined || cy === undefined) return null;
            const hollow = isFlagged(row.flags[reporter]);
            return (
              <circle
                key={`${reporter}-${row.x}`}
                cx={cx}
                cy={cy}
                r={hollow ? 3.5 : 2.5}
                fill={hollow ? 'var(--panel)' : seriesColor(reporter)}
                stroke={seriesColor(reporter)}
                strokeWidth={hollow ? 1.5 : 0}
                className={hollow ? 'dot-flagged' : 'dot'}
              />
            );
          }),
        )}
      </g>
    </ZIndexLayer>
  );
}
