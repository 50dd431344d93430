import { describe, expect, it } from 'vitest';
import { measuresTrade } from '../testing/fixtures';
import {
  balance,
  compoundGrowth,
  mirrorGap,
  ranking,
  recordYear,
  regionalDenominators,
  regionalTotalsAgainstSum,
  seriesOf,
  share,
  yearOnYear,
  yearOnYearSeries,
} from './measures';
import type { Observation, TradeFile } from './schemas';

const trade = measuresTrade();

describe('balance', () => {
  it('is exports minus imports, negative when China imports more', () => {
    expect(balance(25e9, 15e9)).toBe(10e9);
    expect(balance(1e9, 4e9)).toBe(-3e9);
  });
  it('is unknown when either flow is missing', () => {
    expect(balance(25e9, null)).toBeNull();
    expect(balance(null, 15e9)).toBeNull();
  });
});

describe('year on year', () => {
  it('is the change on the previous year as a ratio', () => {
    expect(yearOnYear(44e9, 40e9)).toBeCloseTo(0.1);
    expect(yearOnYear(30e9, 40e9)).toBeCloseTo(-0.25);
  });
  it('has no value after a gap or from a zero base', () => {
    expect(yearOnYear(44e9, null)).toBeNull();
    expect(yearOnYear(null, 40e9)).toBeNull();
    expect(yearOnYear(5, 0)).toBeNull();
  });
  it('measures a balance against the size of the previous one', () => {
    expect(yearOnYear(-1e9, -2e9)).toBeCloseTo(0.5);
  });
  it('runs along a series and leaves the year after a gap empty', () => {
    expect(
      yearOnYearSeries([
        { year: 2020, value: 100 },
        { year: 2021, value: 150 },
        { year: 2022, value: null },
        { year: 2023, value: 120 },
      ]),
    ).toEqual([
      { year: 2020, change: null },
      { year: 2021, change: 0.5 },
      { year: 2022, change: null },
      { year: 2023, change: null },
    ]);
  });
});

describe('compound annual growth', () => {
  it('compounds between the ends of the range', () => {
    // 100 → 121 over two years is +10 % a year.
    const growth = compoundGrowth([
      { year: 2020, value: 100 },
      { year: 2021, value: 999 },
      { year: 2022, value: 121 },
    ]);
    expect(growth?.rate).toBeCloseTo(0.1);
    expect(growth?.first).toEqual({ year: 2020, value: 100 });
    expect(growth?.last).toEqual({ year: 2022, value: 121 });
  });
  it('falls back to the first and last years with figures, and says which', () => {
    const growth = compoundGrowth([
      { year: 2019, value: null },
      { year: 2020, value: 100 },
      { year: 2023, value: 800 },
      { year: 2024, value: null },
    ]);
    expect(growth?.first.year).toBe(2020);
    expect(growth?.last.year).toBe(2023);
    expect(growth?.rate).toBeCloseTo(1);
  });
  it('needs two years and a positive start', () => {
    expect(compoundGrowth([{ year: 2020, value: 100 }])).toBeNull();
    expect(compoundGrowth([{ year: 2020, value: 0 }, { year: 2021, value: 5 }])).toBeNull();
    expect(compoundGrowth([{ year: 2020, value: -5 }, { year: 2021, value: 5 }])).toBeNull();
  });
});

describe('record year', () => {
  it('is the year of the highest figure, the earliest on a tie', () => {
    expect(
      recordYear([
        { year: 2020, value: 5 },
        { year: 2021, value: 9 },
        { year: 2022, value: null },
        { year: 2023, value: 9 },
      ]),
    ).toEqual({ year: 2021, value: 9 });
  });
  it('is null when there is no figure', () => {
    expect(recordYear([{ year: 2020, value: null }])).toBeNull();
  });
});

describe('mirror gap', () => {
  it('is China’s figure minus the partner’s, in US$ and as a share of the partner’s', () => {
    expect(mirrorGap(20e9, 5e9)).toEqual({ usd: 15e9, ratio: 3 });
    expect(mirrorGap(13.7e9, 14e9)?.ratio).toBeCloseTo(-0.3e9 / 14e9);
  });
  it('needs both sides', () => {
    expect(mirrorGap(20e9, null)).toBeNull();
    expect(mirrorGap(null, 5e9)).toBeNull();
    expect(mirrorGap(1, 0)).toEqual({ usd: 1, ratio: null });
  });
});

describe('ranking', () => {
  it('ranks largest first, shares ranks on ties, leaves out missing figures', () => {
    expect(
      ranking([
        { key: 'TJK', value: 5 },
        { key: 'KAZ', value: 40 },
        { key: 'KGZ', value: 20 },
        { key: 'UZB', value: 20 },
        { key: 'TKM', value: null },
      ]),
    ).toEqual([
      { key: 'KAZ', value: 40, rank: 1 },
      { key: 'KGZ', value: 20, rank: 2 },
      { key: 'UZB', value: 20, rank: 2 },
      { key: 'TJK', value: 5, rank: 4 },
    ]);
  });
});

describe('shares of the region', () => {
  it('offers the sum of the five and the regional row as denominators', () => {
    const d = regionalDenominators(trade, 'china', 2023);
    expect(d.sumOfFive).toBe(100e9);
    expect(d.missing).toEqual([]);
    expect(d.regional?.value).toBe(98e9);
    expect(share(20e9, d.sumOfFive)).toBeCloseTo(0.2);
    expect(share(20e9, d.regional?.value ?? null)).toBeCloseTo(20 / 98);
  });
  it('has no sum of the five when one is missing, and names it', () => {
    const d = regionalDenominators(trade, 'china', 2024);
    expect(d.sumOfFive).toBeNull();
    expect(d.missing).toEqual(['TJK']);
    expect(d.regional).toBeNull();
    expect(share(22e9, d.sumOfFive)).toBeNull();
  });
});

describe('seriesOf', () => {
  it('reads annual figures only, with gaps as null', () => {
    expect(seriesOf(trade, 'KGZ', 'partner', 'total', 2022, 2024)).toEqual([
      { year: 2022, value: null },
      { year: 2023, value: 5e9 },
      { year: 2024, value: null },
    ]);
  });
});

describe('regionalTotalsAgainstSum', () => {
  const obs = (partner: Observation['partner'], value: number, status: Observation['status'] = 'reported') =>
    ({
      partner,
      year: 2024,
      period: 'annual',
      reporter: 'china',
      flow: 'total',
      value,
      unit: 'USD',
      source: 's',
      status,
      confidence: 'verified',
    }) satisfies Observation;

  it('sets each published regional total against the sum of the five', () => {
    const trade: TradeFile = {
      asOf: '2026-01-01',
      observations: [
        obs('KAZ', 40e9),
        obs('KGZ', 20e9),
        obs('TJK', 4e9),
        obs('TKM', 10e9),
        obs('UZB', 16e9),
        obs('CA5', 94.5e9),
      ],
    };
    expect(regionalTotalsAgainstSum(trade)).toEqual([{ year: 2024, published: 94.5e9, sumOfFive: 90e9, gap: 0.05 }]);
  });

  it('skips a year with a state missing, and our own sums', () => {
    const trade: TradeFile = {
      asOf: '2026-01-01',
      observations: [obs('KAZ', 40e9), obs('CA5', 94.5e9), obs('CA5', 90e9, 'derived')],
    };
    expect(regionalTotalsAgainstSum(trade)).toEqual([]);
  });
});
