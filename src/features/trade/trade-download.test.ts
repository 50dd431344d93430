import { describe, expect, it } from 'vitest';
import { fixtureDataset, measuresTrade } from '../../testing/fixtures';
import { fileBase, tradeCsv } from './trade-download';

const { sources } = fixtureDataset();

describe('download', () => {
  const byId = new Map(sources.sources.map((s) => [s.id, s]));
  it('names the file after the partner and the range', () => {
    expect(fileBase('Kyrgyzstan', 2015, 2024)).toBe('china-kyrgyzstan-trade-2015-2024');
    expect(fileBase('Central Asia', 1992, 2025)).toBe('china-central-asia-trade-1992-2025');
    expect(fileBase('Kyrgyzstan', 2015, 2024, true)).toBe('china-kyrgyzstan-trade-growth-2015-2024');
  });
  it('writes one row per year and reporter, with the source, and keeps gaps empty', () => {
    const csv = tradeCsv(measuresTrade(), byId, ['KGZ'], ['china', 'partner'], 'total', 2023, 2024);
    expect(csv.rows).toEqual([
      [2023, 'KGZ', 'total', 'china', 20e9, 'reported', 'Customs', 'https://example.org/customs', null],
      [2024, 'KGZ', 'total', 'china', 22e9, 'reported', 'Customs', 'https://example.org/customs', 10],
      [2023, 'KGZ', 'total', 'partner', 5e9, 'reported', 'News', 'https://example.org/news', null],
      [2024, 'KGZ', 'total', 'partner', null, 'no data', '', '', null],
    ]);
  });

  it('writes no change in per cent for a balance, which crosses zero', () => {
    const trade = measuresTrade();
    const [base] = trade.observations;
    if (!base) throw new Error('fixture without observations');
    const flows = (year: number, exports: number, imports: number) => [
      { ...base, partner: 'KGZ' as const, year, flow: 'china_exports' as const, value: exports },
      { ...base, partner: 'KGZ' as const, year, flow: 'china_imports' as const, value: imports },
    ];
    // −$1 bn, then +$3 bn: "+400 %" would mean nothing.
    const withFlows = {
      ...trade,
      observations: [...trade.observations, ...flows(2023, 3e9, 4e9), ...flows(2024, 5e9, 2e9)],
    };
    const csv = tradeCsv(withFlows, byId, ['KGZ'], ['china'], 'balance', 2024, 2024);
    expect(csv.rows).toHaveLength(1);
    expect(csv.rows[0]?.[4]).toBe(3e9);
    expect(csv.rows[0]?.at(-1)).toBeNull();
  });
});
