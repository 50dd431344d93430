import { describe, expect, it } from 'vitest';
import { measuresTrade } from '../../testing/fixtures';
import { headlineFor, latestTotalYear, shareOfFiveText } from './headline';

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

describe('the share of the five, in one row', () => {
  const five = { share: 0.3, denominator: 100e9 };
  it('says it once when the published regional total agrees', () => {
    expect(
      shareOfFiveText({
        year: 2024,
        shareOfFive: five,
        shareOfRegion: { share: 0.3002, denominator: 99.9e9, status: 'reported' },
      }),
    ).toBe('30.0% of their sum, $100.0 bn (the published CA5 total agrees)');
  });
  it('gives both where they differ, and says why the sum is not formed', () => {
    expect(
      shareOfFiveText({
        year: 2024,
        shareOfFive: five,
        shareOfRegion: { share: 0.28, denominator: 107e9, status: 'reported' },
      }),
    ).toBe('30.0% of their sum, $100.0 bn; 28.0% of the published CA5 total, $107.0 bn');
    expect(shareOfFiveText({ year: 2021, shareOfFive: { missing: ['UZB'] }, shareOfRegion: null })).toBe(
      'not formed from the five: no 2021 figure for UZB',
    );
  });
});
