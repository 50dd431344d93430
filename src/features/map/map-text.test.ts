import { describe, expect, it } from 'vitest';
import { fixtureDataset } from '../../testing/fixtures';
import { countryFigures } from './country-figures';
import { countryLabel, countryLines } from './map-text';

const { trade, sources } = fixtureDataset();
const byId = new Map(sources.sources.map((s) => [s.id, s]));

describe('countryLines', () => {
  it('says value, change, rank, reporter and publisher', () => {
    const [kaz] = countryFigures(trade, 'china', 2024, 'total');
    const lines = kaz && countryLines(kaz, 2024, 'china', byId);
    expect(lines).toEqual({
      value: '$50.0 bn in 2024',
      change: '+25.0% on 2023',
      rank: '1 of 2',
      reporter: 'China’s customs',
      source: 'Customs',
    });
    expect(lines && countryLabel('Kazakhstan', lines, 'total')).toBe(
      'Kazakhstan: $50.0 bn total trade with China in 2024, China’s customs; +25.0% on 2023; rank 1 of 2',
    );
  });

  it('says when there is no figure, and never a zero', () => {
    const tjk = countryFigures(trade, 'china', 2024, 'total')[2];
    const lines = tjk && countryLines(tjk, 2024, 'china', byId);
    expect(lines?.value).toBe('no figure for 2024');
    expect(lines?.rank).toBe('not ranked');
    expect(lines && countryLabel('Tajikistan', lines, 'total')).toBe(
      'Tajikistan: no figure for 2024 from China’s customs',
    );
    const kgz = countryFigures(trade, 'china', 2024, 'total')[1];
    expect(kgz && countryLines(kgz, 2024, 'china', byId).change).toBe('no figure for 2023');
  });
});
