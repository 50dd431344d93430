import { describe, expect, it } from 'vitest';
import { measuresTrade } from '../../testing/fixtures';
import { headlineFor, latestTotalYear } from './headline';
import { latestPartialYears, periodMonths } from './partial-years';
import { compareRows, completeRows, rankYear } from './compare-rows';

const trade = measuresTrade();

describe('headline figures', () => {
  it('gives the total, its change, the record and both shares', () => {
    const h = headlineFor(trade, 'KGZ', 'china', 2024, { from: 2023, to: 2024 });
    expect(h.total).toBe(22e9);
    expect(h.change).toBeCloseTo(0.1);
    expect(h.record).toEqual({ year: 2024, value: 22e9 });
    // Tajikistan has no 2024 figure: no sum of the five, and no CA5 row either.
    expect(h.shareOfFive).toEqual({ missing: ['TJK'] });
    expect(h.shareOfRegion).toBeNull();
    expect(h.growth?.rate).toBeCloseTo(0.1);
  });

  it('uses the sum of the five and the CA5 row when both exist', () => {
    const h = headlineFor(trade, 'KGZ', 'china', 2023, { from: 2023, to: 2024 });
    expect(h.shareOfFive).toEqual({ share: 0.2, denominator: 100e9 });
    expect(h.shareOfRegion?.denominator).toBe(98e9);
    expect(h.shareOfRegion?.share).toBeCloseTo(20 / 98);
    expect(h.change).toBeNull();
  });

  it('keeps the partner’s partial year out and finds the latest annual year', () => {
    expect(latestTotalYear(trade, 'KGZ', 'partner')).toBe(2023);
    expect(latestTotalYear(trade, 'TJK', 'china')).toBe(2023);
    expect(latestTotalYear(trade, 'KAZ', 'china', 2023)).toBe(2023);
    const h = headlineFor(trade, 'KGZ', 'partner', 2024, { from: 2023, to: 2024 });
    expect(h.total).toBeNull();
    expect(h.shareOfFive).toBeNull();
  });
});

describe('partial years', () => {
  it('lists part-year totals only, newest and longest first', () => {
    expect(periodMonths('Jan-Oct')).toBe(10);
    expect(periodMonths('annual')).toBe(12);
    const listed = latestPartialYears(trade, 'KGZ', ['china', 'partner'], 4);
    expect(listed.map((o) => [o.year, o.period, o.value])).toEqual([[2023, 'Jan-Oct', 4e9]]);
    expect(latestPartialYears(trade, 'KGZ', ['china'], 4)).toEqual([]);
  });
});

describe('comparison', () => {
  it('ranks the five with both shares and leaves out a state without a figure', () => {
    const { rows, denominators } = rankYear(trade, 'china', 'total', 2023);
    expect(rows.map((r) => [r.partner, r.rank])).toEqual([
      ['KAZ', 1],
      ['UZB', 2],
      ['KGZ', 3],
      ['TKM', 4],
      ['TJK', 5],
    ]);
    expect(rows[0]?.shareOfFive).toBeCloseTo(0.4);
    expect(rows[0]?.shareOfRegion).toBeCloseTo(40 / 98);
    expect(rows.find((r) => r.partner === 'KGZ')?.gap).toEqual({ usd: 15e9, ratio: 3 });
    expect(denominators.sumOfFive).toBe(100e9);
    expect(rankYear(trade, 'china', 'total', 2024).rows.map((r) => r.partner)).toEqual(['KAZ', 'KGZ', 'UZB', 'TKM']);
  });

  it('stacks only the years where all five have a figure', () => {
    const rows = completeRows(compareRows(trade, 'china', 'total', 2023, 2024));
    expect(rows[0]?.KAZ).toBe(40e9);
    expect(rows[1]?.KAZ).toBeNull();
  });
});
