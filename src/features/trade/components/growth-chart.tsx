import { memo, useMemo, type ReactNode } from 'react';
import { Bar, BarChart, ReferenceLine } from 'recharts';
import { changeAxisProps, CHART_MARGIN, seriesColor, type ChartConfig } from '../../../components/chart-config';
import { ChartContainer, chartFrame } from '../../../components/chart-container';
import type { Reporter } from '../../../data/schemas';
import { formatChange } from '../../../lib/format';
import type { GrowthRow } from '../country-rows';
import type { PlacedEvent } from '../event-layout';
import { EventLines } from './event-lines';

interface GrowthChartProps {
  rows: GrowthRow[];
  reporters: Reporter[];
  config: ChartConfig;
  label: string;
  from: number;
  to: number;
  events: PlacedEvent[];
  emphasised: string | null;
  below: (width: number) => ReactNode;
  width?: number;
}

const HEIGHT = 280;

/**
 * The change on the year before, a bar a year for each reporter, above or below zero. A year without a
 * figure, or after one, has no bar (the tooltip and the table say why).
 */
function GrowthChartView({
  rows,
  reporters,
  config,
  label,
  from,
  to,
  events,
  emphasised,
  below,
  width,
}: GrowthChartProps) {
  const valueAxis = useMemo(
    () => changeAxisProps(rows.flatMap((row) => reporters.flatMap((r) => (row[r] === null ? [] : [row[r]])))),
    [rows, reporters],
  );
  return (
    <ChartContainer
      config={config}
      legend={reporters}
      height={HEIGHT}
      label={label}
      below={below}
      width={width}
      format={formatChange}
    >
      {(chartWidth, engaged) => (
        <BarChart width={chartWidth} height={HEIGHT} data={rows} margin={CHART_MARGIN} barGap={1} barCategoryGap="15%">
          {chartFrame(from, to, chartWidth, engaged, { valueAxis, bars: true })}
          <ReferenceLine y={0} stroke="var(--fg)" strokeOpacity={0.5} />
          <EventLines events={events} emphasised={emphasised} />
          {reporters.map((reporter) => (
            <Bar
              key={reporter}
              dataKey={reporter}
              name={config[reporter]?.label ?? reporter}
              fill={seriesColor(reporter)}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      )}
    </ChartContainer>
  );
}

export const GrowthChart = memo(GrowthChartView);
