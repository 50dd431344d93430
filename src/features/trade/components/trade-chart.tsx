import { memo, type ReactNode } from 'react';
import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis, type DotItemDotProps } from 'recharts';
import {
  CHART_MARGIN,
  plotWidth,
  seriesColor,
  Y_AXIS_WIDTH,
  yearTicks,
  type ChartConfig,
} from '../../../components/chart-config';
import { ChartContainer, ChartTooltip } from '../../../components/chart-container';
import type { Reporter } from '../../../data/schemas';
import { formatUsdAxis } from '../../../lib/format';
import { isFlagged, type CountryRow } from '../country-rows';
import type { PlacedEvent } from '../event-layout';

interface TradeChartProps {
  rows: CountryRow[];
  reporters: Reporter[];
  config: ChartConfig;
  label: string;
  from: number;
  to: number;
  showZero: boolean;
  events: PlacedEvent[];
  /** The selected or hovered event, drawn stronger. */
  emphasised: string | null;
  /** The event marks under the axis. */
  below: ReactNode;
}

const HEIGHT = 280;
const yearTick = (x: number) => String(Math.floor(x));

/**
 * Lines by reporter over the years; a missing year is a gap in the line, never a zero. Drawn without
 * animation: a new country or year shows its figures in the next frame.
 */
function TradeChartView({
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
}: TradeChartProps) {
  return (
    <ChartContainer config={config} legend={reporters} height={HEIGHT} label={label} below={below}>
      {(width) => (
        <LineChart width={width} height={HEIGHT} data={rows} margin={CHART_MARGIN}>
          <CartesianGrid stroke="var(--grid)" vertical={false} />
          <XAxis
            dataKey="x"
            type="number"
            domain={[from, to + 1]}
            ticks={yearTicks(from, to, plotWidth(width))}
            interval={0}
            tickFormatter={yearTick}
            tick={{ fill: 'var(--muted)', fontSize: 12 }}
            tickLine={false}
            axisLine={{ stroke: 'var(--grid)' }}
            allowDataOverflow
          />
          <YAxis
            tickFormatter={formatUsdAxis}
            tick={{ fill: 'var(--muted)', fontSize: 12 }}
            tickLine={false}
            axisLine={false}
            width={Y_AXIS_WIDTH}
            interval={0}
          />
          {showZero ? <ReferenceLine y={0} stroke="var(--fg)" strokeOpacity={0.5} /> : null}
          {events.map(({ event, position }) => (
            <ReferenceLine
              key={event.id}
              x={position}
              stroke={event.id === emphasised ? 'var(--focus)' : 'var(--grid-strong)'}
              strokeWidth={event.id === emphasised ? 2 : 1}
              strokeDasharray={event.kind === 'summit' ? undefined : '3 3'}
            />
          ))}
          <Tooltip content={ChartTooltip} cursor={{ stroke: 'var(--grid-strong)' }} isAnimationActive={false} />
          {reporters.map((reporter) => (
            <Line
              key={reporter}
              type="linear"
              dataKey={reporter}
              name={config[reporter]?.label ?? reporter}
              stroke={seriesColor(reporter)}
              strokeWidth={2.25}
              strokeDasharray={config[reporter]?.dashed ? '6 3' : undefined}
              dot={DOTS[reporter]}
              activeDot={{ r: 5 }}
              connectNulls={false}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      )}
    </ChartContainer>
  );
}

export const TradeChart = memo(TradeChartView);

/** A filled point for a reported or derived figure; a hollow one for an estimate or an uncertain figure. */
function statusDot(reporter: Reporter) {
  return function StatusDot({ cx, cy, payload }: DotItemDotProps) {
    const row = payload as CountryRow | undefined;
    if (cx === undefined || cy === undefined || row?.[reporter] == null) return null;
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
  };
}

// One renderer per reporter for the life of the page, so a re-render with the same rows redraws no dot.
const DOTS: Record<Reporter, ReturnType<typeof statusDot>> = {
  china: statusDot('china'),
  partner: statusDot('partner'),
};
