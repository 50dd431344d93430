import { describe, expect, it } from 'vitest';
import { fixtureDataset, fixturePartners } from '../../testing/fixtures';
import { chinaShareFigures, countryFigures } from './country-figures';

const trade = fixtureDataset().trade;
const byIso = (rows: ReturnType<typeof countryFigures>) => new Map(rows.map((r) => [r.iso3, r]));

describe('countryFigures', () => {
  it('gives the value, the change on the previous year and the rank among the states with a value', () => {
    const rows = byIso(countryFigures(trade, 'china', 2024, 'total'));
    const kaz = rows.get('KAZ');
    expect(kaz?.value).toBe(50e9);
    expect(kaz?.previous).toBe(40e9);
    expect(kaz?.changeRatio).toBeCloseTo(0.25);
    expect([kaz?.rank, kaz?.ranked]).toEqual([1, 2]);
    expect(rows.get('KGZ')?.rank).toBe(2);
    expect(kaz?.sources).toEqual(['customs']);
  });

  it('leaves gaps as gaps: no value, no change, no rank', () => {
    const rows = byIso(countryFigures(trade, 'china', 2024, 'total'));
    const kgz = rows.get('KGZ');
    expect(kgz?.previous).toBeNull();
    expect(kgz?.changeRatio).toBeNull();
    const tjk = rows.get('TJK');
    expect([tjk?.value, tjk?.rank]).toEqual([null, null]);
  });

  it('never mixes the partial-year figure into the annual one', () => {
    const kaz = byIso(countryFigures(trade, 'china', 2024, 'total')).get('KAZ');
    expect(kaz?.value).not.toBe(36.5e9);
  });

  it('keeps the reporter apart', () => {
    const rows = byIso(countryFigures(trade, 'partner', 2023, 'total'));
    expect(rows.get('KAZ')?.value).toBe(30e9);
    expect(rows.get('KAZ')?.previous).toBeNull();
  });

  it('gives the balance an absolute change only', () => {
    const kaz = byIso(countryFigures(trade, 'china', 2023, 'balance')).get('KAZ');
    expect(kaz?.value).toBe(10e9);
    expect(kaz?.changeRatio).toBeNull();
    expect(kaz?.sources).toHaveLength(2);
  });
});

describe('chinaShareFigures', () => {
  it('gives China’s share of each state’s trade, its change in points, and the rank by share', () => {
    const rows = byIso(chinaShareFigures(fixturePartners(), 2023));
    expect(rows.get('KGZ')?.value).toBeCloseTo(0.4);
    expect(rows.get('KAZ')?.value).toBeCloseTo(0.3);
    expect(rows.get('KAZ')?.changeAbsolute).toBeCloseTo(0.05);
    expect([rows.get('KGZ')?.rank, rows.get('KAZ')?.rank, rows.get('KAZ')?.ranked]).toEqual([1, 2, 2]);
    expect(rows.get('KGZ')?.changeAbsolute).toBeNull();
    expect(rows.get('UZB')?.value).toBeNull();
  });
});
