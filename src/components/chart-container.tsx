import { createContext, use, useMemo, type CSSProperties, type ReactElement } from 'react';
import { ResponsiveContainer, type TooltipContentProps } from 'recharts';
import { formatUsd } from '../lib/format';

/** Label and colour per series key; charts pass this instead of loose colours. */
export type ChartConfig = Record<string, { label: string; color: string; dashed?: boolean }>;

const ChartContext = createContext<ChartConfig | null>(null);

export function useChart(): ChartConfig {
  const config = use(ChartContext);
  if (!config) throw new Error('useChart must be used within a <ChartContainer />');
  return config;
}

/** The colour of a series as a CSS variable set by the container, so themes can restyle it. */
export const seriesColor = (key: string) => `var(--series-${key})`;

interface ChartContainerProps {
  config: ChartConfig;
  /** Series keys to list in the legend above the chart. */
  legend?: readonly string[];
  height: number;
  /** What the chart shows, for screen readers; the table beside it holds the numbers. */
  label: string;
  children: ReactElement;
}

/** Owns the responsive container, the series colours and the shared tooltip. */
export function ChartContainer({ config, legend, height, label, children }: ChartContainerProps) {
  const style = useMemo(
    () =>
      Object.fromEntries(Object.entries(config).map(([key, { color }]) => [`--series-${key}`, color])) as CSSProperties,
    [config],
  );
  return (
    <ChartContext value={config}>
      <figure className="chart" style={style} aria-label={label}>
        {legend ? <ChartLegend keys={legend} /> : null}
        <div style={{ height }} data-export-figure>
          <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 600, height }}>
            {children}
          </ResponsiveContainer>
        </div>
      </figure>
    </ChartContext>
  );
}

/** Tooltip body: the year, then each series' label and readable figure; missing values say so. */
export function ChartTooltip({ active, payload, label }: TooltipContentProps) {
  const config = useChart();
  if (!active || payload.length === 0) return null;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip-label">{label}</p>
      <ul>
        {payload.map((item) => {
          const key = String(item.dataKey);
          const series = config[key];
          return (
            <li key={key}>
              <span className="swatch" style={{ background: seriesColor(key) }} aria-hidden="true" />
              <span>{series?.label ?? key}</span>
              <strong>{typeof item.value === 'number' ? formatUsd(item.value) : 'no data'}</strong>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** The series shown, as a line sample of each: dashed where the series is dashed. */
export function ChartLegend({ keys }: { keys: readonly string[] }) {
  const config = useChart();
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
