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
    const c = 'single-source';
    expect(csv.rows).toEqual([
      [2023, 'KGZ', 'total', 'china', 20e9, 'reported', c, 'Customs', 'https://example.org/customs', null, '', ''],
      [2024, 'KGZ', 'total', 'china', 22e9, 'reported', c, 'Customs', 'https://example.org/customs', 10, '', ''],
      [2023, 'KGZ', 'total', 'partner', 5e9, 'reported', c, 'News', 'https://example.org/news', null, '', ''],
      [2024, 'KGZ', 'total', 'partner', null, 'no data', '', '', '', null, '', ''],
    ]);
  });

  it('carries the confidence, the note and the date of a revision', () => {
    const trade = measuresTrade();
    const row = trade.observations.find((o) => o.partner === 'KGZ' && o.year === 2023 && o.reporter === 'partner');
    if (!row) throw new Error('fixture without KGZ 2023');
    Object.assign(row, { confidence: 'uncertain', note: '=cmd; a note', revised: '2026-12-01' });
    const csv = tradeCsv(trade, byId, ['KGZ'], ['partner'], 'total', 2023, 2023);
    const at = (column: string) => csv.rows[0]?.[csv.columns.indexOf(column)];
    expect([at('confidence'), at('revised'), at('note')]).toEqual(['uncertain', '2026-12-01', '=cmd; a note']);
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
    expect(csv.rows[0]?.[csv.columns.indexOf('change_on_previous_year_pct')]).toBeNull();
  });
});
