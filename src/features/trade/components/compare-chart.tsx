import { memo } from 'react';
import { Area, AreaChart, CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import {
  CHART_MARGIN,
  plotWidth,
  seriesColor,
  Y_AXIS_WIDTH,
  yearTicks,
  type ChartConfig,
} from '../../../components/chart-config';
import { ChartContainer, ChartTooltip } from '../../../components/chart-container';
import { PARTNERS } from '../../../data/schemas';
import { formatUsdAxis } from '../../../lib/format';
import type { CompareRow } from '../compare-rows';

interface CompareChartProps {
  rows: CompareRow[];
  config: ChartConfig;
  stacked: boolean;
  label: string;
  from: number;
  to: number;
}

const HEIGHT = 300;
const yearTick = (x: number) => String(Math.floor(x));

/** The five states' figures over the years, as lines or stacked; gaps stay gaps. Drawn without animation. */
function CompareChartView({ rows, config, stacked, label, from, to }: CompareChartProps) {
  const axes = (width: number) => [
    <CartesianGrid key="grid" stroke="var(--grid)" vertical={false} />,
    <XAxis
      key="x"
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
    />,
    <YAxis
      key="y"
      tickFormatter={formatUsdAxis}
      tick={{ fill: 'var(--muted)', fontSize: 12 }}
      tickLine={false}
      axisLine={false}
      width={Y_AXIS_WIDTH}
      interval={0}
    />,
    <Tooltip
      key="tooltip"
      content={ChartTooltip}
      cursor={{ stroke: 'var(--grid-strong)' }}
      isAnimationActive={false}
    />,
  ];
  return (
    <ChartContainer config={config} legend={PARTNERS} height={HEIGHT} label={label}>
      {(width) =>
        stacked ? (
          <AreaChart width={width} height={HEIGHT} data={rows} margin={CHART_MARGIN}>
            {axes(width)}
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
                isAnimationActive={false}
              />
            ))}
          </AreaChart>
        ) : (
          <LineChart width={width} height={HEIGHT} data={rows} margin={CHART_MARGIN}>
            {axes(width)}
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
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        )
      }
    </ChartContainer>
  );
}

export const CompareChart = memo(CompareChartView);
