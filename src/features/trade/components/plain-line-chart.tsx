import { plainTick } from '../../../components/axis-tick';
import {
  linearScale,
  plotArea,
  seriesColor,
  yearTicks,
  type ChartConfig,
  type usdAxisProps,
} from '../../../components/chart-config';
import type { Reporter } from '../../../data/codes';
import { formatUsdAxis } from '../../../lib/format';
import type { CountryRow } from '../country-rows';
import type { PlacedEvent } from '../event-layout';
import { EventLineMarks, SeriesDots, seriesPath } from './chart-layers';

/** What the trade chart is drawn from, by either renderer. */
export interface DrawnTradeChartProps {
  rows: CountryRow[];
  reporters: readonly Reporter[];
  config: ChartConfig;
  from: number;
  to: number;
  width: number;
  height: number;
  showZero: boolean;
  events: PlacedEvent[];
  emphasised: string | null;
  axis: ReturnType<typeof usdAxisProps>;
}

const YearLabel = plainTick((x) => String(Math.floor(x)));
const ValueLabel = plainTick(formatUsdAxis);

/**
 * The trade chart as plain SVG, drawn without the charting library: what the first view and a change of
 * state show, in a few milliseconds where Recharts takes a few hundred on a slow phone (and its code is
 * half the page's). It draws what the Recharts chart draws, at the same coordinates (Recharts' margins,
 * axis sizes and tick offsets, and the same explicit ticks); when a pointer or the focus comes to it,
 * the Recharts chart takes its place for the tooltip (see trade-chart.tsx). Focusable like Recharts'
 * surface, so that the keyboard reaches the chart before it has loaded.
 */
export function PlainLineChart({
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
  onFocus,
}: DrawnTradeChartProps & { onFocus?: () => void }) {
  const plot = plotArea(width, height);
  const x = linearScale([from, to + 1], [plot.left, plot.right]);
  const y = linearScale(axis.domain, [plot.bottom, plot.top]);
  return (
    <div className="plain-chart" style={{ position: 'relative', width, height }}>
      <svg
        className="plain-chart-surface"
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="application"
        tabIndex={0}
        onFocus={onFocus}
      >
        <g className="plain-chart-grid">
          {axis.ticks.map((tick) => (
            <line key={tick} x1={plot.left} x2={plot.right} y1={y(tick)} y2={y(tick)} stroke="var(--grid)" />
          ))}
        </g>
        <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} stroke="var(--grid)" />
        {showZero ? (
          <line x1={plot.left} x2={plot.right} y1={y(0)} y2={y(0)} stroke="var(--fg)" strokeOpacity={0.5} />
        ) : null}
        <EventLineMarks events={events} emphasised={emphasised} x={x} top={plot.top} bottom={plot.bottom} />
        {reporters.map((reporter) => (
          <path
            key={reporter}
            className="plain-chart-line"
            d={seriesPath(rows, reporter, x, y)}
            fill="none"
            stroke={seriesColor(reporter)}
            strokeWidth={2.25}
            strokeDasharray={config[reporter]?.dashed ? '6 3' : undefined}
          />
        ))}
        <g className="plain-chart-x-labels">
          {yearTicks(from, to, plot.right - plot.left).map((tick) => (
            <YearLabel key={tick} x={x(tick)} y={plot.yearLabelY} payload={{ value: tick }} verticalAnchor="start" />
          ))}
        </g>
        <g className="plain-chart-y-labels">
          {axis.ticks.map((tick) => (
            <ValueLabel key={tick} x={plot.valueLabelX} y={y(tick)} payload={{ value: tick }} textAnchor="end" />
          ))}
        </g>
        <SeriesDots rows={rows} reporters={reporters} x={x} y={y} />
      </svg>
    </div>
  );
}
