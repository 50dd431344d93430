import { memo } from 'react';
import { Area, AreaChart, Line, LineChart } from 'recharts';
import { CHART_MARGIN, seriesColor, type ChartConfig } from '../../../components/chart-config';
import { ChartContainer, chartFrame } from '../../../components/chart-container';
import { PARTNERS } from '../../../data/codes';
import type { CompareRow } from '../compare-rows';
import { EventLines, type ChartEventProps } from './event-lines';

interface CompareChartProps extends ChartEventProps {
  rows: CompareRow[];
  config: ChartConfig;
  stacked: boolean;
  label: string;
  from: number;
  to: number;
}

const HEIGHT = 300;

/** The five states' figures over the years, as lines or stacked; gaps stay gaps. Drawn without animation. */
export const CompareChart = memo(function CompareChart({
  rows,
  config,
  stacked,
  label,
  from,
  to,
  events,
  emphasised,
  below,
}: CompareChartProps) {
  return (
    <ChartContainer config={config} legend={PARTNERS} height={HEIGHT} label={label} below={below}>
      {(width, engaged) =>
        stacked ? (
          <AreaChart width={width} height={HEIGHT} data={rows} margin={CHART_MARGIN}>
            {chartFrame(from, to, width, engaged)}
            <EventLines events={events} emphasised={emphasised} />
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
            {chartFrame(from, to, width, engaged)}
            <EventLines events={events} emphasised={emphasised} />
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
});
