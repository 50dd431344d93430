/** Chart settings and geometry that need no charting library: safe to import from anywhere. */
import { formatChangeAxis, formatShareAxis, formatUsdAxis } from '../lib/format';
import { plainTick } from './axis-tick';

/** Label and colour per series key; charts pass this instead of loose colours. */
export type ChartConfig = Record<string, { label: string; color: string; dashed?: boolean }>;

/** The colour of a series as a CSS variable set by the container, so themes can restyle it. */
export const seriesColor = (key: string) => `var(--series-${key})`;

/** Plot margins shared by every chart, so marks outside the SVG (e.g. event marks) can line up with it. */
export const CHART_MARGIN = { top: 8, right: 16, bottom: 0, left: 8 } as const;
export const Y_AXIS_WIDTH = 64;
/** Distance from the container's left and right edges to the plot area, in px. */
export const PLOT_INSET = { left: CHART_MARGIN.left + Y_AXIS_WIDTH, right: CHART_MARGIN.right } as const;

/** The legend entries of the shown series, as the download image draws them. */
export function legendEntries(config: ChartConfig, keys: readonly string[]) {
  return keys.flatMap((key) => {
    const series = config[key];
    return series ? [{ label: series.label, color: series.color, dashed: series.dashed ?? false }] : [];
  });
}

/**
 * Fields a chart row may carry for the tooltip: `label` replaces the axis value in the heading (e.g. the
 * year, when the axis is numeric), and `notes` adds a word per series (e.g. "estimate").
 */
export interface TooltipRowExtras {
  label?: string;
  notes?: Partial<Record<string, string>>;
}

/** Room one year label needs on a time axis, in px, with the gap to the next. */
const YEAR_LABEL_ROOM = 44;

/**
 * The years to label on a time axis `plotWidth` px wide: every year when they fit, else every 2nd, 5th,
 * 10th… year (round years), so labels never collide and the chart need not measure its text.
 * Values are year centres (`year + 0.5`), where the points sit.
 */
export function yearTicks(from: number, to: number, plotWidth: number): number[] {
  const fit = Math.max(2, Math.floor(plotWidth / YEAR_LABEL_ROOM));
  const step = [1, 2, 5, 10, 20, 25, 50].find((s) => Math.floor((to - from) / s) + 1 <= fit) ?? 100;
  const ticks: number[] = [];
  for (let year = Math.ceil(from / step) * step; year <= to; year += step) ticks.push(year + 0.5);
  return ticks.length > 0 ? ticks : [from + 0.5];
}

/** The plot's width inside a chart `width` px wide. */
export const plotWidth = (width: number) => Math.max(0, width - PLOT_INSET.left - PLOT_INSET.right);

const yearTick = plainTick((x) => String(Math.floor(x)));
const valueTick = plainTick(formatUsdAxis);
const changeTick = plainTick(formatChangeAxis);
const shareTick = plainTick(formatShareAxis);
const indexTick = plainTick((v) => String(v));

/** The time axis every trade chart shares: years `from`–`to`, points at year centres, labels that fit. */
export function yearAxisProps(from: number, to: number, chartWidth: number) {
  return {
    dataKey: 'x',
    type: 'number' as const,
    domain: [from, to + 1],
    ticks: yearTicks(from, to, plotWidth(chartWidth)),
    interval: 0,
    tick: yearTick,
    tickLine: false,
    axisLine: { stroke: 'var(--grid)' },
    allowDataOverflow: true,
  };
}

/** Horizontal grid lines only. The vertical ones are never drawn; saying so spares Recharts measuring the year labels to place them. */
export const GRID_PROPS = {
  stroke: 'var(--grid)',
  vertical: false,
  verticalCoordinatesGenerator: () => [],
};

/** The US$ axis every trade chart shares. */
export const VALUE_AXIS_PROPS = {
  tickFormatter: formatUsdAxis,
  tick: valueTick,
  tickLine: false,
  axisLine: false,
  width: Y_AXIS_WIDTH,
  interval: 0,
};

/**
 * Where the axis of changes on the year before stops: growth from a tiny base (a few hundred thousand
 * dollars in the early 1990s or 2000s) runs to thousands of per cent and would flatten every other
 * bar. Taller bars are cut there; the chart says which.
 */
export const GROWTH_CAP = 3;

/**
 * The axis of a chart of changes on the year before, in per cent, for these values: from zero or below
 * up to the cap, in round steps (every 5, 10, 20, 25, 50 or 100 %) so that the labels read cleanly.
 */
export function changeAxisProps(values: readonly number[]) {
  const low = Math.min(0, ...values);
  const high = Math.min(GROWTH_CAP, Math.max(0, ...values));
  const step = [0.05, 0.1, 0.2, 0.25, 0.5, 1].find((s) => (high - low) / s <= 6) ?? 1;
  const first = Math.floor(low / step) * step;
  const last = Math.max(Math.ceil(high / step) * step, first + step);
  const ticks: number[] = [];
  for (let i = 0; first + i * step <= last + 1e-9; i++) ticks.push(Math.round((first + i * step) * 1e6) / 1e6);
  return {
    ...VALUE_AXIS_PROPS,
    tickFormatter: formatChangeAxis,
    tick: changeTick,
    domain: [first, last] as [number, number],
    ticks,
    allowDataOverflow: true,
  };
}

/** The axis of shares, 0 % up to the highest share shown, in steps of 10 % (5 % below 20 %). */
export function shareAxisProps(values: readonly number[]) {
  const high = Math.min(1, Math.max(0.05, ...values));
  const step = high <= 0.2 ? 0.05 : 0.1;
  const last = Math.min(1, Math.ceil(high / step - 1e-9) * step);
  const ticks: number[] = [];
  for (let i = 0; i * step <= last + 1e-9; i++) ticks.push(Math.round(i * step * 1e6) / 1e6);
  return {
    ...VALUE_AXIS_PROPS,
    tickFormatter: formatShareAxis,
    tick: shareTick,
    domain: [0, last] as [number, number],
    ticks,
    allowDataOverflow: true,
  };
}

/** An index axis (base year = 100) in round steps, from zero to the highest value shown. */
export function indexAxisProps(values: readonly number[]) {
  const high = Math.max(100, ...values);
  const step = [25, 50, 100, 200, 250, 500, 1000, 2000, 5000].find((s) => high / s <= 6) ?? 10000;
  const last = Math.ceil(high / step) * step;
  const ticks: number[] = [];
  for (let v = 0; v <= last; v += step) ticks.push(v);
  return {
    ...VALUE_AXIS_PROPS,
    tickFormatter: (v: number) => String(v),
    tick: indexTick,
    domain: [0, last] as [number, number],
    ticks,
    allowDataOverflow: true,
  };
}

/** A logarithmic US$ axis, ticks at each power of ten between the smallest and largest positive values. */
export function logAxisProps(values: readonly number[]) {
  const positive = values.filter((v) => v > 0);
  const low = 10 ** Math.floor(Math.log10(Math.min(...positive, 1e9)));
  const high = 10 ** Math.ceil(Math.log10(Math.max(...positive, 1e9)));
  const ticks: number[] = [];
  for (let v = low; v <= high; v *= 10) ticks.push(v);
  return {
    ...VALUE_AXIS_PROPS,
    scale: 'log' as const,
    domain: [low, high] as [number, number],
    ticks,
    allowDataOverflow: true,
  };
}

/**
 * The US$ axis for these values: from zero (or the lowest value, when below) to the highest, in at most
 * five round steps (1, 2, 2.5 or 5 times a power of ten), so that the top tick sits just above the data.
 * Every chart drawn from the same values gets the same ticks, whoever draws it (see plain-line-chart.tsx).
 */
export function usdAxisProps(values: readonly number[]) {
  const finite = values.filter(Number.isFinite);
  const low = Math.min(0, ...finite);
  const high = Math.max(0, ...finite);
  const range = high - low || 1;
  const magnitude = 10 ** Math.floor(Math.log10(range / 5));
  const step =
    [1, 2, 2.5, 5, 10, 20].map((m) => m * magnitude).find((s) => Math.ceil(high / s) - Math.floor(low / s) <= 5) ??
    range;
  const first = Math.floor(low / step);
  const last = Math.max(Math.ceil(high / step), first + 1);
  const ticks: number[] = [];
  // Multiples of the step, rounded to the step's own precision: no 0.30000000000000004.
  for (let i = first; i <= last; i++) ticks.push(Number((i * step).toPrecision(12)));
  return {
    ...VALUE_AXIS_PROPS,
    domain: [ticks[0] ?? 0, ticks.at(-1) ?? 1] as [number, number],
    ticks,
    allowDataOverflow: true,
  };
}

/** Recharts' defaults for a cartesian chart's axes, which the plain chart draws to the same pixel. */
const X_AXIS_HEIGHT = 30;
const TICK_SIZE = 6;
const TICK_MARGIN = 2;

/** The plot area of a chart `width` × `height` px with the shared margins and axes. */
export function plotArea(width: number, height: number) {
  const top = CHART_MARGIN.top;
  const bottom = height - CHART_MARGIN.bottom - X_AXIS_HEIGHT;
  return {
    left: PLOT_INSET.left,
    right: PLOT_INSET.left + plotWidth(width),
    top,
    bottom,
    /** Where year labels hang from, and where value labels end. */
    yearLabelY: bottom + TICK_SIZE + TICK_MARGIN,
    valueLabelX: PLOT_INSET.left - TICK_SIZE - TICK_MARGIN,
  };
}

/** A linear map from `domain` to `range`, as d3's scaleLinear without clamping. */
export function linearScale([d0, d1]: readonly [number, number], [r0, r1]: readonly [number, number]) {
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  return (value: number) => r0 + (value - d0) * k;
}
