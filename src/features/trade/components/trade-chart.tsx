import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartContainer, ChartTooltip, seriesColor, type ChartConfig } from '../../../components/chart-container';
import type { ChartRow } from '../../../data/selectors';
import type { Reporter } from '../../../data/schemas';
import { formatUsdAxis } from '../../../lib/format';

interface TradeChartProps {
  rows: ChartRow[];
  reporters: Reporter[];
  config: ChartConfig;
  label: string;
  showZero: boolean;
  animate: boolean;
}

/** Lines by reporter over the years; a missing year is a gap in the line, never a zero. */
export function TradeChart({ rows, reporters, config, label, showZero, animate }: TradeChartProps) {
  return (
    <ChartContainer config={config} legend={reporters} height={280} label={label}>
      <LineChart data={rows} margin={{ top: 8, right: 16, bottom: 0, left: 8 }}>
        <CartesianGrid stroke="var(--grid)" vertical={false} />
        <XAxis
          dataKey="year"
          tick={{ fill: 'var(--muted)', fontSize: 12 }}
          tickLine={false}
          axisLine={{ stroke: 'var(--grid)' }}
          minTickGap={16}
        />
        <YAxis
          tickFormatter={formatUsdAxis}
          tick={{ fill: 'var(--muted)', fontSize: 12 }}
          tickLine={false}
          axisLine={false}
          width={64}
        />
        {showZero ? <ReferenceLine y={0} stroke="var(--fg)" strokeOpacity={0.5} /> : null}
        <Tooltip content={ChartTooltip} cursor={{ stroke: 'var(--grid-strong)' }} />
        {reporters.map((reporter) => (
          <Line
            key={reporter}
            type="linear"
            dataKey={reporter}
            name={config[reporter]?.label ?? reporter}
            stroke={seriesColor(reporter)}
            strokeWidth={2.25}
            strokeDasharray={config[reporter]?.dashed ? '6 3' : undefined}
            dot={{ r: 2.5, strokeWidth: 0, fill: seriesColor(reporter) }}
            activeDot={{ r: 5 }}
            connectNulls={false}
            isAnimationActive={animate}
          />
        ))}
      </LineChart>
    </ChartContainer>
  );
}
