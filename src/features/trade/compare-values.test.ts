import { describe, expect, it } from 'vitest';
import type { CompareRow } from './compare-rows';
import { defaultBase, positiveRows, rangeGrowth, valueRows } from './compare-values';

const row = (year: number, KAZ: number | null, KGZ: number | null, TJK = 1, TKM = 1, UZB = 1): CompareRow => ({
  year,
  x: year + 0.5,
  label: String(year),
  KAZ,
  KGZ,
  TJK,
  TKM,
  UZB,
});

// Kazakhstan 10 → 12 → 14.4 (+20 % a year); Kyrgyzstan missing in 2015, then 2 → 1 → 4.
const rows = [row(2015, 10, null), row(2016, 12, 2), row(2017, 14.4, 1), row(2018, 14.4, 4)];
const before = (p: string, year: number) => (p === 'KAZ' && year === 2014 ? 8 : null);

describe('growth compared across the five', () => {
  it('takes as base the first year in which all five have a figure', () => {
    expect(defaultBase(rows)).toBe(2016);
    expect(defaultBase([row(2015, 0, 1)])).toBeNull();
  });

  it('indexes each state on its base-year figure (= 100)', () => {
    const index = valueRows(rows, 'index', 2016, before);
    expect(index.map((r) => r.KAZ)).toEqual([(10 / 12) * 100, 100, 120, 120]);
    expect(index.map((r) => r.KGZ)).toEqual([null, 100, 50, 200]);
  });

  it('gives the cumulative change since the base year', () => {
    const cumulative = valueRows(rows, 'cumulative', 2015, before);
    expect(cumulative.map((r) => r.KAZ?.toFixed(2))).toEqual(['0.00', '0.20', '0.44', '0.44']);
    // No base-year figure: no line, rather than a line on another base.
    expect(cumulative.map((r) => r.KGZ)).toEqual([null, null, null, null]);
  });

  it('gives the change on the year before, the first year against the one before the range', () => {
    const yoy = valueRows(rows, 'yoy', null, before);
    expect(yoy.map((r) => r.KAZ?.toFixed(2))).toEqual(['0.25', '0.20', '0.20', '0.00']);
    expect(yoy.map((r) => r.KGZ)).toEqual([null, null, -0.5, 3]);
  });

  it('gives each state its compound annual growth and cumulative change over the range', () => {
    const [kaz, kgz] = rangeGrowth(rows);
    expect(kaz?.cagr?.rate).toBeCloseTo(1.44 ** (1 / 3) - 1, 10);
    expect(kaz?.cumulative).toBeCloseTo(0.44, 10);
    expect(kgz?.cagr?.first.year).toBe(2016);
    expect(kgz?.cagr?.rate).toBeCloseTo(2 ** (1 / 2) - 1, 10);
    expect(kgz?.cumulative).toBeCloseTo(1, 10);
  });

  it('leaves out what a log scale cannot draw', () => {
    expect(positiveRows([row(2015, -1, 0, 2)])[0]).toMatchObject({ KAZ: null, KGZ: null, TJK: 2 });
  });
});
