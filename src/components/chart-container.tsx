import {
  createContext,
  use,
  useEffect,
  useMemo,
  useState,
  type CSSProperties,
  type ReactElement,
  type ReactNode,
} from 'react';
import { CartesianGrid, Tooltip, XAxis, YAxis, type TooltipContentProps } from 'recharts';
import { formatUsd } from '../lib/format';
import { useElementWidth } from '../lib/use-element-width';
import {
  GRID_PROPS,
  seriesColor,
  VALUE_AXIS_PROPS,
  type changeAxisProps,
  type indexAxisProps,
  type logAxisProps,
  yearAxisProps,
  type ChartConfig,
  type TooltipRowExtras,
} from './chart-config';

interface ChartContextValue {
  config: ChartConfig;
  format: (value: number) => string;
}

const ChartContext = createContext<ChartContextValue | null>(null);

export function useChart(): ChartContextValue {
  const value = use(ChartContext);
  if (!value) throw new Error('useChart must be used within a <ChartContainer />');
  return value;
}

interface ChartContainerProps {
  config: ChartConfig;
  /** Series keys to list in the legend above the chart. */
  legend?: readonly string[];
  height: number;
  /** What the chart shows, for screen readers; the table beside it holds the numbers. */
  label: string;
  /** How the tooltip writes a value; US$ by default. */
  format?: (value: number) => string;
  /**
   * The width to draw at, when the caller knows it; otherwise the container measures its own. A chart
   * kept mounted while hidden cannot measure itself, and must not redraw at width 0 when it is hidden.
   */
  width?: number;
  /** Shown under the plot, inside the figure (e.g. marks on the time axis), given the chart's width. */
  below?: (width: number) => ReactNode;
  /**
   * The chart, drawn at the container's width once it is known. `engaged` turns true once a pointer or
   * the focus has come to the chart: only then does it need its tooltip, which Recharts otherwise
   * derives on the first view and on every change of data while nobody looks at it.
   */
  children: (width: number, engaged: boolean) => ReactElement;
}

/**
 * Owns the chart's width, the series colours, the legend and the shared tooltip. The width is measured
 * before the first paint, so the chart is drawn once, at its real size (no resize pass after loading).
 */
export function ChartContainer({
  config,
  legend,
  height,
  label,
  format = formatUsd,
  width: givenWidth,
  below,
  children,
}: ChartContainerProps) {
  const style = useMemo(
    () =>
      Object.fromEntries(Object.entries(config).map(([key, { color }]) => [`--series-${key}`, color])) as CSSProperties,
    [config],
  );
  const context = useMemo(() => ({ config, format }), [config, format]);
  const [ref, measuredWidth] = useElementWidth<HTMLDivElement>(givenWidth === undefined);
  const width = givenWidth ?? measuredWidth;
  const [engaged, setEngaged] = useState(false);
  // Listened to natively: arming the tooltip is no interaction of its own for assistive technology.
  useEffect(() => {
    const plot = ref.current;
    if (!plot || engaged) return;
    const engage = () => setEngaged(true);
    plot.addEventListener('pointerenter', engage);
    plot.addEventListener('focusin', engage);
    return () => {
      plot.removeEventListener('pointerenter', engage);
      plot.removeEventListener('focusin', engage);
    };
  }, [ref, engaged]);
  return (
    <ChartContext value={context}>
      <figure className="chart" style={style} aria-label={label}>
        {legend ? <ChartLegend keys={legend} /> : null}
        <div ref={ref} style={{ height }} data-export-figure="">
          {width > 0 ? children(width, engaged) : null}
        </div>
        {below && width > 0 ? below(width) : null}
      </figure>
    </ChartContext>
  );
}

interface FrameOptions {
  /** The value axis: US$ unless told. */
  valueAxis?:
    | typeof VALUE_AXIS_PROPS
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
              <strong>{typeof item.value === 'number' ? format(item.value) : 'no data'}</strong>
              {note ? <em className="chart-tooltip-note">{note}</em> : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** The series shown, as a line sample of each: dashed where the series is dashed. */
export function ChartLegend({ keys }: { keys: readonly string[] }) {
  const { config } = useChart();
  return (
    <ul className="chart-legend">
      {keys.map((key) => (
        <li key={key}>
          <svg width="22" height="10" aria-hidden="true">
            <line
              x1="1"
              x2="21"
              y1="5"
              y2="5"
              stroke={seriesColor(key)}
              strokeWidth="2.5"
              strokeDasharray={config[key]?.dashed ? '5 3' : undefined}
            />
          </svg>
          {config[key]?.label ?? key}
        </li>
      ))}
    </ul>
  );
}
