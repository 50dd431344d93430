import type { ReactNode } from 'react';
import { CartesianGrid, Tooltip, XAxis, YAxis, type TooltipContentProps } from 'recharts';
import {
  GRID_PROPS,
  seriesColor,
  VALUE_AXIS_PROPS,
  type changeAxisProps,
  type indexAxisProps,
  type logAxisProps,
  type usdAxisProps,
  yearAxisProps,
  type TooltipRowExtras,
} from './chart-config';
import { useChart } from './chart-container';
import { t } from '../i18n/i18n';

interface FrameOptions {
  /** The value axis: US$ unless told. */
  valueAxis?:
    | typeof VALUE_AXIS_PROPS
    | ReturnType<typeof usdAxisProps>
    | ReturnType<typeof changeAxisProps>
    | ReturnType<typeof indexAxisProps>
    | ReturnType<typeof logAxisProps>;
  /** Bars: the tooltip's cursor shades the year's band instead of drawing a line. */
  bars?: boolean;
}

/** The hovered year: a line across a line chart, a band (in the theme's grid colour) behind bars. */
const LINE_CURSOR = { stroke: 'var(--grid-strong)' };
const BAND_CURSOR = { fill: 'var(--grid)', fillOpacity: 0.6, stroke: 'none' };

/**
 * What every trade chart draws around its series: the grid, the year axis from `from` to `to`, the value
 * axis and, once the chart is engaged (see ChartContainer), the tooltip. Recharts children, as a list.
 */
export function chartFrame(
  from: number,
  to: number,
  width: number,
  engaged: boolean,
  { valueAxis = VALUE_AXIS_PROPS, bars = false }: FrameOptions = {},
): ReactNode[] {
  return [
    <CartesianGrid key="grid" {...GRID_PROPS} />,
    <XAxis key="x" {...yearAxisProps(from, to, width)} />,
    <YAxis key="y" {...valueAxis} />,
    engaged ? (
      <Tooltip
        key="tooltip"
        content={ChartTooltip}
        cursor={bars ? BAND_CURSOR : LINE_CURSOR}
        isAnimationActive={false}
      />
    ) : null,
  ];
}

/** Tooltip body: the year, then each series' label and readable figure; missing values say so. */
export function ChartTooltip({ active, payload, label }: TooltipContentProps) {
  const { config, format } = useChart();
  if (!active || payload.length === 0) return null;
  const row = (payload[0]?.payload ?? {}) as TooltipRowExtras;
  return (
    <div className="chart-tooltip" role="status">
      <p className="chart-tooltip-label">{row.label ?? String(label)}</p>
      <ul>
        {payload.map((item) => {
          const key = String(item.dataKey);
          const series = config[key];
          const note = row.notes?.[key];
          return (
            <li key={key}>
              <span className="swatch" style={{ background: seriesColor(key) }} aria-hidden="true" />
              <span>{series?.label ?? key}</span>
              <strong>{typeof item.value === 'number' ? format(item.value) : t('common.noData')}</strong>
              {note ? <em className="chart-tooltip-note">{note}</em> : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
