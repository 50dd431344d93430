import { describe, expect, it } from 'vitest';
import { fixtureDataset } from '../testing/fixtures';
import {
  annualYearRange,
  chartRows,
  latestYearWith,
  lookUpSources,
  measureValue,
  sourcesBehind,
} from './selectors';

const { trade } = fixtureDataset();

describe('measureValue', () => {
  it('reads a reported flow', () => {
    expect(measureValue(trade, 'KAZ', 'china', 2023, 'total')?.value).toBe(40e9);
    expect(measureValue(trade, 'KAZ', 'partner', 2023, 'total')?.value).toBe(30e9);
  });

  it('derives the balance as exports minus imports, with both observations behind it', () => {
    const balance = measureValue(trade, 'KAZ', 'china', 2023, 'balance');
    expect(balance?.value).toBe(10e9);
    expect(balance?.observations.map((o) => o.flow)).toEqual(['china_exports', 'china_imports']);
  });

  it('gives null where a flow is missing, never zero', () => {
    expect(measureValue(trade, 'KAZ', 'china', 2022, 'balance')).toBeNull();
    expect(measureValue(trade, 'KGZ', 'china', 2021, 'total')).toBeNull();
  });

  it('keeps partial years out of annual values', () => {
    expect(measureValue(trade, 'KAZ', 'china', 2024, 'total')?.value).toBe(50e9);
  });
});

describe('year ranges', () => {
  it('spans the annual observations', () => {
    expect(annualYearRange(trade)).toEqual({ first: 2022, last: 2024 });
    expect(annualYearRange({ asOf: '2026-01-01', observations: [] })).toBeNull();
  });

  it('finds the latest year with a value for the measure', () => {
    expect(latestYearWith(trade, ['KAZ', 'KGZ'], 'china', 'total')).toBe(2024);
    expect(latestYearWith(trade, ['KAZ'], 'china', 'balance')).toBe(2023);
    expect(latestYearWith(trade, ['KGZ'], 'partner', 'total')).toBeNull();
  });
});

describe('chartRows', () => {
  it('gives one row per year, with gaps as null', () => {
    expect(chartRows(trade, 'KAZ', 'total', 2021, 2024)).toEqual([
      { year: 2021, china: null, partner: null },
      { year: 2022, china: 30e9, partner: null },
      { year: 2023, china: 40e9, partner: 30e9 },
      { year: 2024, china: 50e9, partner: null },
    ]);
  });
});

describe('sourcesBehind', () => {
  it('lists the sources of the values shown', () => {
    expect(sourcesBehind(trade, 'KAZ', ['china'], 'total', 2022, 2024)).toEqual(['customs']);
    expect(sourcesBehind(trade, 'KGZ', ['partner'], 'total', 2022, 2024)).toEqual([]);
  });
});

describe('lookUpSources', () => {
  const byId = new Map([['customs', { id: 'customs', publisher: 'Customs', title: 't', url: 'https://example.org', covers: 'c', kind: 'statistics' as const }]]);
  it('finds the sources and names the ids sources.json lacks', () => {
    const { sources, missing } = lookUpSources(['customs', 'ghost'], byId);
    expect(sources.map((s) => s.id)).toEqual(['customs']);
    expect(missing).toEqual(['ghost']);
  });
  it('calls nothing missing before sources.json is in', () => {
    expect(lookUpSources(['ghost'], new Map()).missing).toEqual([]);
  });
});
