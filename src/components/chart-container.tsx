import {
  createContext,
  use,
  useEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type ReactElement,
  type ReactNode,
} from 'react';
import { formatUsd } from '../lib/format';
import { useElementWidth } from '../lib/use-element-width';
import { seriesColor, type ChartConfig } from './chart-config';

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
  /** Called when a pointer or the focus enters the figure (legend, plot or marks): the chart may soon be engaged. */
  onApproach?: () => void;
}

/**
 * Draws no chart itself and imports no charting library: a chart can be drawn plainly before Recharts
 * has loaded (see features/trade/components/plain-line-chart.tsx). Owns the chart's width, the series colours, the legend and the shared tooltip. The width is measured
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
  onApproach,
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
  const figureRef = useRef<HTMLElement>(null);
  useEffect(() => {
    const figure = figureRef.current;
    if (!figure || !onApproach) return;
    figure.addEventListener('pointerenter', onApproach);
    figure.addEventListener('focusin', onApproach);
    return () => {
      figure.removeEventListener('pointerenter', onApproach);
      figure.removeEventListener('focusin', onApproach);
    };
  }, [onApproach]);
  // Listened to natively: arming the tooltip is no interaction of its own for assistive technology.
  useEffect(() => {
    const plot = ref.current;
    if (!plot || engaged) return;
    const engage = () => setEngaged(true);
    // pointermove too: a chart shown under a resting pointer (another state chosen) gets no pointerenter.
    plot.addEventListener('pointerenter', engage);
    plot.addEventListener('pointermove', engage);
    plot.addEventListener('focusin', engage);
    return () => {
      plot.removeEventListener('pointerenter', engage);
      plot.removeEventListener('pointermove', engage);
      plot.removeEventListener('focusin', engage);
    };
  }, [ref, engaged]);
  return (
    <ChartContext value={context}>
      <figure ref={figureRef} className="chart" style={style} aria-label={label}>
        {legend ? <ChartLegend keys={legend} /> : null}
        <div ref={ref} style={{ height }} data-export-figure="">
          {width > 0 ? children(width, engaged) : null}
        </div>
        {below && width > 0 ? below(width) : null}
      </figure>
    </ChartContext>
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
