/**
 * Measures derived from the curated figures: balance, growth, shares, the mirror gap, records and ranks.
 * Pure functions on numbers; a missing figure is null and stays null (never a zero).
 */
import { type Measure, type Partner, PARTNERS, type Reporter } from './codes';
import { annualObservation, measureValue, type MeasuredValue } from './selectors';
import type { TradeFile } from './schemas';
import { compareText } from '../lib/compare';

export interface YearValue {
  year: number;
  value: number | null;
}

export interface YearFigure {
  year: number;
  value: number;
}

/** China's exports minus its imports; null unless both flows are known. */
export function balance(exports: number | null, imports: number | null): number | null {
  return exports === null || imports === null ? null : exports - imports;
}

/** Change on the previous year as a ratio (0.1 = +10 %); null without both figures or from a zero base. */
export function yearOnYear(current: number | null, previous: number | null): number | null {
  if (current === null || previous === null || previous === 0) return null;
  return (current - previous) / Math.abs(previous);
}

/** Year-on-year change for every year of a series; a year after a gap has no change. */
export function yearOnYearSeries(series: readonly YearValue[]): { year: number; change: number | null }[] {
  const byYear = new Map(series.map((p) => [p.year, p.value]));
  return series.map((p) => ({ year: p.year, change: yearOnYear(p.value, byYear.get(p.year - 1) ?? null) }));
}

export interface GrowthOverRange {
  first: YearFigure;
  last: YearFigure;
  /** Compound annual growth rate between the two figures, as a ratio. */
  rate: number;
}

/**
 * Compound annual growth between the first and last years with a figure in the series. Both ends are
 * returned, so the screen can say which years the rate rests on when the range's own ends have no figure.
 */
export function compoundGrowth(series: readonly YearValue[]): GrowthOverRange | null {
  const known = series.filter((p): p is YearFigure => p.value !== null);
  const first = known[0];
  const last = known[known.length - 1];
  if (!first || !last || last.year <= first.year || first.value <= 0 || last.value < 0) return null;
  const rate = (last.value / first.value) ** (1 / (last.year - first.year)) - 1;
  return { first, last, rate };
}

/** The year with the highest figure; the earliest such year on a tie; null for an empty series. */
export function recordYear(series: readonly YearValue[]): YearFigure | null {
  let best: YearFigure | null = null;
  for (const p of series) {
    if (p.value !== null && (best === null || p.value > best.value)) best = { year: p.year, value: p.value };
  }
  return best;
}

export interface MirrorGap {
  /** China's figure minus the partner's, US$. */
  usd: number;
  /** The gap as a share of the partner's figure; null when the partner's figure is zero. */
  ratio: number | null;
}

/** How far China's figure is above (or below) the partner's own for the same flow and year. */
export function mirrorGap(china: number | null, partner: number | null): MirrorGap | null {
  if (china === null || partner === null) return null;
  return { usd: china - partner, ratio: partner === 0 ? null : (china - partner) / partner };
}

export interface Ranked<K extends string> {
  key: K;
  value: number;
  rank: number;
}

/** Largest first; equal values share a rank (1, 2, 2, 4); entries without a figure are left out. */
export function ranking<K extends string>(entries: readonly { key: K; value: number | null }[]): Ranked<K>[] {
  const known = entries
    .filter((e): e is { key: K; value: number } => e.value !== null)
    .sort((a, b) => b.value - a.value || compareText(a.key, b.key));
  return known.map((e) => ({ key: e.key, value: e.value, rank: known.findIndex((k) => k.value === e.value) + 1 }));
}

/** Each entry's share of a denominator; null for an entry without a figure or a denominator of zero. */
export function share(value: number | null, denominator: number | null): number | null {
  if (value === null || denominator === null || denominator === 0) return null;
  return value / denominator;
}

export interface RegionalDenominators {
  /** The five partners' figures added up; null when any of them is missing. */
  sumOfFive: number | null;
  /** Partners without a figure for that year and reporter. */
  missing: Partner[];
  /** The `CA5` row of trade.json, with its status (reported or derived by us). */
  regional: MeasuredValue | null;
}

/** The two possible denominators of a partner's share of China–Central Asia trade in one year. */
export function regionalDenominators(
  trade: TradeFile,
  reporter: Reporter,
  year: number,
  measure: Exclude<Measure, 'balance'> = 'total',
): RegionalDenominators {
  let sum = 0;
  const missing: Partner[] = [];
  for (const partner of PARTNERS) {
    const value = measureValue(trade, partner, reporter, year, measure);
    if (value) sum += value.value;
    else missing.push(partner);
  }
  const regional = regionalValue(trade, reporter, year, measure);
  return { sumOfFive: missing.length === 0 ? sum : null, missing, regional };
}

/** The CA5 row is not a Partner: read by its code, from the same index (a scan of every observation took a while). */
function regionalValue(trade: TradeFile, reporter: Reporter, year: number, flow: Exclude<Measure, 'balance'>) {
  const o = annualObservation(trade, 'CA5', reporter, year, flow);
  return o ? { value: o.value, observations: [o] } : null;
}

/** A partner's annual series of one measure by one reporter over a range of years, gaps as null. */
export function seriesOf(
  trade: TradeFile,
  partner: Partner,
  reporter: Reporter,
  measure: Measure,
  from: number,
  to: number,
): YearValue[] {
  const series: YearValue[] = [];
  for (let year = from; year <= to; year++) {
    series.push({ year, value: measureValue(trade, partner, reporter, year, measure)?.value ?? null });
  }
  return series;
}

export interface RegionalCheck {
  year: number;
  published: number;
  sumOfFive: number;
  /** (published − sum) / sum */
  gap: number;
}

/**
 * The published China–Central Asia totals (CA5, China's basis, status `reported`) against the sum of the
 * five China-reported totals, for every year where both exist.
 */
export function regionalTotalsAgainstSum(trade: TradeFile): RegionalCheck[] {
  const checks: RegionalCheck[] = [];
  for (const o of trade.observations) {
    if (o.partner !== 'CA5' || o.period !== 'annual' || o.reporter !== 'china' || o.flow !== 'total') continue;
    if (o.status !== 'reported') continue;
    const parts = PARTNERS.map((p) => measureValue(trade, p, 'china', o.year, 'total')?.value ?? null);
    if (parts.some((v) => v === null)) continue;
    const sumOfFive = parts.reduce<number>((a, v) => a + (v ?? 0), 0);
    checks.push({ year: o.year, published: o.value, sumOfFive, gap: (o.value - sumOfFive) / sumOfFive });
  }
  return checks.sort((a, b) => a.year - b.year);
}
