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
      [2023, 'KGZ', 'total', 'china', 20e9, null, 'reported', 'Customs', 'https://example.org/customs'],
      [2024, 'KGZ', 'total', 'china', 22e9, 10, 'reported', 'Customs', 'https://example.org/customs'],
      [2023, 'KGZ', 'total', 'partner', 5e9, null, 'reported', 'News', 'https://example.org/news'],
      [2024, 'KGZ', 'total', 'partner', null, null, 'no data', '', ''],
    ]);
  });
});
