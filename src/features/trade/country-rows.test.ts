import { describe, expect, it } from 'vitest';
import { fixtureDataset } from '../../testing/fixtures';
import { countryRows, flagOf, flagWords, growthRows, missingYears, yearSpans } from './country-rows';

const { trade } = fixtureDataset();

describe('countryRows', () => {
  it('puts each year at mid-year, with growth on the year before and the mirror gap', () => {
    const rows = countryRows(trade, 'KAZ', 'total', 2023, 2024);
    expect(rows.map((r) => [r.x, r.china, r.partner])).toEqual([
      [2023.5, 40e9, 30e9],
      [2024.5, 50e9, null],
    ]);
    // 2022 lies outside the range but still gives 2023 its change.
    expect(rows[0]?.change.china).toBeCloseTo(1 / 3);
    expect(rows[0]?.gap).toEqual({ usd: 10e9, ratio: 1 / 3 });
    expect(rows[0]?.notes.china).toBe('+33.3% on 2022');
    expect(rows[1]?.gap).toBeNull();
    expect(missingYears(rows, 'partner')).toEqual([2024]);
  });

  it('never mixes the partial year into the annual series', () => {
    const rows = countryRows(trade, 'KAZ', 'total', 2024, 2024);
    expect(rows[0]?.china).toBe(50e9);
  });

  it('marks a balance as derived from its two flows', () => {
    const [row] = countryRows(trade, 'KAZ', 'balance', 2023, 2023);
    expect(row?.china).toBe(10e9);
    expect(row?.flags.china?.status).toBe('derived');
  });
});

describe('growthRows', () => {
  it('gives each year its change on the year before, with both figures for the tooltip', () => {
    const growth = growthRows(countryRows(trade, 'KAZ', 'total', 2023, 2024));
    expect(growth.map((g) => g.x)).toEqual([2023.5, 2024.5]);
    expect(growth[0]?.china).toBeCloseTo(1 / 3);
    expect(growth[0]?.notes?.china).toBe('$30.0 bn in 2022 → $40.0 bn');
    expect(growth[1]?.china).toBeCloseTo(0.25);
  });

  it('has no change after a gap or without a figure, and says why', () => {
    const growth = growthRows(countryRows(trade, 'KAZ', 'total', 2023, 2024));
    // Kazakhstan's own 2023 figure has no 2022 figure before it; 2024 has none at all.
    expect(growth[0]?.partner).toBeNull();
    expect(growth[0]?.notes?.partner).toBe('no figure for 2022');
    expect(growth[1]?.partner).toBeNull();
    expect(growth[1]?.notes?.partner).toBeUndefined();
    expect(missingYears(countryRows(trade, 'KAZ', 'total', 2023, 2024), 'partner', true)).toEqual([2023, 2024]);
  });
});

describe('flags', () => {
  const base = trade.observations[0];
  if (!base) throw new Error('fixture has observations');
  it('lets an estimate win over derived and names uncertainty', () => {
    const flag = flagOf([
      { ...base, status: 'estimate' },
      { ...base, confidence: 'uncertain', note: 'approximate' },
    ]);
    expect(flag.status).toBe('estimate');
    expect(flag.uncertain).toBe(true);
    expect(flag.notes).toEqual(['approximate']);
    expect(flagWords(flag)).toBe('estimate, uncertain');
    expect(flagWords(flagOf([base]))).toBeUndefined();
    expect(
      flagWords(
        flagOf([
          { ...base, revised: '2026-11-30' },
          { ...base, revised: '2026-12-01' },
        ]),
      ),
    ).toBe('revised 1 Dec 2026');
  });
});

describe('yearSpans', () => {
  it('writes runs of years as spans', () => {
    expect(yearSpans([2023, 1992, 2021, 2022])).toBe('1992, 2021–2023');
    expect(yearSpans([])).toBe('');
  });
});
