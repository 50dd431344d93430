import { memo, useMemo } from 'react';
import { Bar, BarChart, ReferenceLine, usePlotArea } from 'recharts';
import { changeAxisProps, CHART_MARGIN, GROWTH_CAP, seriesColor } from '../../../components/chart-config';
import { ChartContainer } from '../../../components/chart-container';
import { chartFrame } from '../../../components/chart-frame';
import { formatChange } from '../../../lib/format';
import { reportedValues, type GrowthRow } from '../country-rows';
import { EventLines, type ReporterChartProps } from './event-lines';

interface GrowthChartProps extends ReporterChartProps {
  rows: GrowthRow[];
}

const HEIGHT = 280;

/**
 * The change on the year before, a bar a year for each reporter, above or below zero. A year without a
 * figure, or after one, has no bar (the tooltip and the table say why).
 */
export const GrowthChart = memo(function GrowthChart({
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
  const valueAxis = useMemo(() => changeAxisProps(reportedValues(rows, reporters)), [rows, reporters]);
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
              label={<CutMark />}
            />
          ))}
        </BarChart>
      )}
    </ChartContainer>
  );
});

/**
 * A bar cut at the top of the axis ends in a break (a notch in the panel's colour), so that it is not
 * read as reaching the cap exactly; the note under the chart gives its figure.
 */
function CutMark({ x, width, value }: { x?: number | string; width?: number | string; value?: unknown }) {
  const plot = usePlotArea();
  if (!plot || typeof value !== 'number' || value <= GROWTH_CAP) return null;
  const left = Number(x);
  const span = Number(width);
  if (!Number.isFinite(left) || !Number.isFinite(span)) return null;
  const top = plot.y + 5;
  return (
    <path
      className="chart-cut-mark"
      d={`M${left - 1},${top + 3} L${left + span / 2},${top - 1} L${left + span + 1},${top + 3}`}
      stroke="var(--panel)"
      strokeWidth={2}
      fill="none"
      aria-hidden="true"
    />
  );
}
