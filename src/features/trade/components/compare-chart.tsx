import { Area, AreaChart, CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { CHART_MARGIN, seriesColor, Y_AXIS_WIDTH, type ChartConfig } from '../../../components/chart-config';
import { ChartContainer, ChartTooltip } from '../../../components/chart-container';
import { PARTNERS } from '../../../data/schemas';
import { formatUsdAxis } from '../../../lib/format';
import type { CompareRow } from '../compare-rows';

interface CompareChartProps {
  rows: CompareRow[];
  config: ChartConfig;
  stacked: boolean;
  label: string;
  domain: [number, number];
  animate: boolean;
}

const yearTick = (x: number) => String(Math.floor(x));

/** The five states' figures over the years, as lines or stacked; gaps stay gaps. */
export function CompareChart({ rows, config, stacked, label, domain, animate }: CompareChartProps) {
  const axes = [
    <CartesianGrid key="grid" stroke="var(--grid)" vertical={false} />,
    <XAxis
      key="x"
      dataKey="x"
      type="number"
      domain={domain}
      ticks={rows.map((r) => r.x)}
      interval="preserveStartEnd"
      tickFormatter={yearTick}
      tick={{ fill: 'var(--muted)', fontSize: 12 }}
      tickLine={false}
      axisLine={{ stroke: 'var(--grid)' }}
      minTickGap={12}
      allowDataOverflow
    />,
    <YAxis
      key="y"
      tickFormatter={formatUsdAxis}
      tick={{ fill: 'var(--muted)', fontSize: 12 }}
      tickLine={false}
      axisLine={false}
      width={Y_AXIS_WIDTH}
    />,
    <Tooltip
      key="tooltip"
      content={ChartTooltip}
      cursor={{ stroke: 'var(--grid-strong)' }}
      isAnimationActive={animate}
    />,
  ];
  return (
    <ChartContainer config={config} legend={PARTNERS} height={300} label={label}>
      {stacked ? (
        <AreaChart data={rows} margin={CHART_MARGIN}>
          {axes}
          {PARTNERS.map((p) => (
            <Area
              key={p}
              type="linear"
              dataKey={p}
              name={config[p]?.label ?? p}
              stackId="five"
              stroke={seriesColor(p)}
              fill={seriesColor(p)}
              fillOpacity={0.75}
              connectNulls={false}
              isAnimationActive={animate}
            />
          ))}
        </AreaChart>
      ) : (
        <LineChart data={rows} margin={CHART_MARGIN}>
          {axes}
          {PARTNERS.map((p) => (
            <Line
              key={p}
              type="linear"
              dataKey={p}
              name={config[p]?.label ?? p}
              stroke={seriesColor(p)}
              strokeWidth={2}
              dot={{ r: 2, strokeWidth: 0, fill: seriesColor(p) }}
              activeDot={{ r: 4 }}
              connectNulls={false}
              isAnimationActive={animate}
            />
          ))}
        </LineChart>
      )}
    </ChartContainer>
  );
}
