import { memo } from 'react';
import { Area, AreaChart, Line, LineChart } from 'recharts';
import {
  CHART_MARGIN,
  changeAxisProps,
  indexAxisProps,
  logAxisProps,
  seriesColor,
  VALUE_AXIS_PROPS,
  type ChartConfig,
} from '../../../components/chart-config';
import { ChartContainer } from '../../../components/chart-container';
import { chartFrame } from '../../../components/chart-frame';
import { PARTNERS } from '../../../data/codes';
import type { CompareRow } from '../compare-rows';
import type { CompareValues } from '../compare-values';
import { EventLines, type ChartEventProps } from './event-lines';

interface CompareChartProps extends ChartEventProps {
  rows: CompareRow[];
  config: ChartConfig;
  stacked: boolean;
  /** What the values are (US$, an index, a change): the axis reads them so. */
  values: CompareValues;
  log: boolean;
  format: (value: number) => string;
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
  values,
  log,
  format,
  label,
  from,
  to,
  events,
  emphasised,
  below,
}: CompareChartProps) {
  const valueAxis = axisFor(values, log, rows);
  return (
    <ChartContainer config={config} legend={PARTNERS} height={HEIGHT} label={label} below={below} format={format}>
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
            {chartFrame(from, to, width, engaged, { valueAxis })}
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

/** The value axis for what is drawn: US$ (on a log scale if asked), an index around 100, or a change in per cent. */
function axisFor(values: CompareValues, log: boolean, rows: readonly CompareRow[]) {
  const numbers = rows.flatMap((row) => PARTNERS.map((p) => row[p]).filter((v): v is number => v !== null));
  if (values === 'index') return indexAxisProps(numbers);
  if (values === 'cumulative' || values === 'yoy') return changeAxisProps(numbers);
  return log ? logAxisProps(numbers) : VALUE_AXIS_PROPS;
}
