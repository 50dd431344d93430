import { describe, expect, it } from 'vitest';
import { fixtureDataset } from '../../testing/fixtures';
import { countryFigures } from './country-figures';
import { MAP_CSV_COLUMNS, mapCsv, mapFileBase } from './map-download';

const { trade, sources } = fixtureDataset();
const names = new Map([
  ['KAZ', 'Kazakhstan'],
  ['KGZ', 'Kyrgyzstan'],
]);

describe('map download', () => {
  it('names the file after what it holds', () => {
    expect(mapFileBase('total', 2025, 'china')).toBe('china-central-asia-trade-map-total-2025-china-reported');
    expect(mapFileBase('china_exports', 2019, 'partner')).toBe(
      'china-central-asia-trade-map-china-exports-2019-partner-reported',
    );
  });

  it('writes one row per state with its source, and an empty value where there is no figure', () => {
    const csv = mapCsv(countryFigures(trade, 'china', 2024, 'total'), names, sources.sources, 2024, 'total', 'china');
    expect(csv.columns).toEqual(MAP_CSV_COLUMNS);
    expect(csv.rows).toHaveLength(5);
    expect(csv.rows[0]).toEqual([
      'Kazakhstan',
      'KAZ',
      2024,
      'total',
      50e9,
      'china',
      'Customs',
      'https://example.org/customs',
    ]);
    expect(csv.rows[2]).toEqual(['TJK', 'TJK', 2024, 'total', null, 'china', null, null]);
  });
});
