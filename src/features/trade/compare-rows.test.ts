import { describe, expect, it } from 'vitest';
import { measuresTrade } from '../../testing/fixtures';
import { compareRows, completeRows, rankYear } from './compare-rows';

const trade = measuresTrade();

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
