/**
 * "All five" compared by growth: each state's figures as an index (base year = 100), as the cumulative
 * change since the base year, or as the change on the year before; and, per state, the compound annual
 * growth and the cumulative change over the range. Plain functions, tested on known answers.
 */
import { compoundGrowth, yearOnYear, type GrowthOverRange } from '../../data/measures';
import { PARTNERS, type Partner } from '../../data/codes';
import type { CompareRow } from './compare-rows';

export const COMPARE_VALUES = ['usd', 'index', 'cumulative', 'yoy'] as const;
export type CompareValues = (typeof COMPARE_VALUES)[number];

/** The first year of the rows in which all five have a positive figure: the default base. */
export function defaultBase(rows: readonly CompareRow[]): number | null {
  return rows.find((row) => PARTNERS.every((p) => (row[p] ?? 0) > 0))?.year ?? null;
}

/**
 * The rows as the chosen values. Index and cumulative change are on the base year's figure (a state with
 * none there, or zero, has no line); the change on the year before needs the year before (`previous`,
 * which may lie before the range).
 */
export function valueRows(
  rows: readonly CompareRow[],
  values: CompareValues,
  base: number | null,
  previous: (partner: Partner, year: number) => number | null,
): CompareRow[] {
  if (values === 'usd') return [...rows];
  const baseRow = rows.find((row) => row.year === base);
  return rows.map((row, i) => {
    const next = { ...row };
    const before = rows[i - 1]?.year === row.year - 1 ? rows[i - 1] : undefined;
    for (const p of PARTNERS) {
      const value = row[p];
      if (value === null) continue;
      if (values === 'yoy') next[p] = yearOnYear(value, before ? before[p] : previous(p, row.year - 1));
      else {
        const start = baseRow?.[p] ?? null;
        next[p] = start === null || start <= 0 ? null : values === 'index' ? (value / start) * 100 : value / start - 1;
      }
    }
    return next;
  });
}

/** A log scale draws only positive values: the others are left out (and the chart says so). */
export function positiveRows(rows: readonly CompareRow[]): CompareRow[] {
  return rows.map((row) => {
    const next = { ...row };
    for (const p of PARTNERS) if (next[p] !== null && (next[p] ?? 0) <= 0) next[p] = null;
    return next;
  });
}

export interface RangeGrowth {
  partner: Partner;
  /** Compound annual growth between the first and last years of the range with a figure. */
  cagr: GrowthOverRange | null;
  /** The change from that first figure to that last one, as a ratio. */
  cumulative: number | null;
}

export function rangeGrowth(rows: readonly CompareRow[]): RangeGrowth[] {
  return PARTNERS.map((partner) => {
    const cagr = compoundGrowth(rows.map((row) => ({ year: row.year, value: row[partner] })));
    return { partner, cagr, cumulative: cagr ? cagr.last.value / cagr.first.value - 1 : null };
  });
}
