import { describe, expect, it } from 'vitest';
import { fixtureDataset, measuresTrade } from '../../testing/fixtures';
import { countryRows, flagOf, flagWords, missingYears, yearSpans } from './country-rows';
import { eventPosition, layoutEventMarks } from './event-layout';
import { fileBase, tradeCsv } from './trade-download';

const { trade, events, sources } = fixtureDataset();

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

describe('flags', () => {
  const base = trade.observations[0];
  if (!base) throw new Error('fixture has observations');
  it('lets an estimate win over derived and names uncertainty', () => {
    const flag = flagOf([{ ...base, status: 'estimate' }, { ...base, confidence: 'uncertain', note: 'approximate' }]);
    expect(flag.status).toBe('estimate');
    expect(flag.uncertain).toBe(true);
    expect(flag.notes).toEqual(['approximate']);
    expect(flagWords(flag)).toBe('estimate, uncertain');
    expect(flagWords(flagOf([base]))).toBeUndefined();
  });
});

describe('yearSpans', () => {
  it('writes runs of years as spans', () => {
    expect(yearSpans([2023, 1992, 2021, 2022])).toBe('1992, 2021–2023');
    expect(yearSpans([])).toBe('');
  });
});

describe('event marks', () => {
  it('places a date inside its year', () => {
    expect(eventPosition('2023-01-01')).toBeCloseTo(2023 + 0.5 / 365);
    expect(eventPosition('2027')).toBe(2027.5);
    expect(eventPosition('2024-07')).toBeCloseTo(2024 + (182 + 14) / 366);
  });

  it('keeps held events inside the domain and moves close ones down a row', () => {
    const placed = layoutEventMarks(events.events, [2020, 2026], 0.5);
    expect(placed.map((p) => [p.event.id, p.row])).toEqual([
      ['fm-1', 0],
      ['fm-2', 0],
      ['agreement', 0],
    ]);
    const crowded = layoutEventMarks(events.events, [2020, 2026], 2);
    expect(crowded.map((p) => p.row)).toEqual([0, 1, 0]);
    expect(layoutEventMarks(events.events, [2021, 2022], 1).map((p) => p.event.id)).toEqual(['fm-2']);
  });
});

describe('download', () => {
  const byId = new Map(sources.sources.map((s) => [s.id, s]));
  it('names the file after the partner and the range', () => {
    expect(fileBase('Kyrgyzstan', 2015, 2024)).toBe('china-kyrgyzstan-trade-2015-2024');
    expect(fileBase('Central Asia', 1992, 2025)).toBe('china-central-asia-trade-1992-2025');
  });
  it('writes one row per year and reporter, with the source, and keeps gaps empty', () => {
    const csv = tradeCsv(measuresTrade(), byId, ['KGZ'], ['china', 'partner'], 'total', 2023, 2024);
    expect(csv.rows).toEqual([
      [2023, 'KGZ', 'total', 'china', 20e9, 'reported', 'Customs', 'https://example.org/customs'],
      [2024, 'KGZ', 'total', 'china', 22e9, 'reported', 'Customs', 'https://example.org/customs'],
      [2023, 'KGZ', 'total', 'partner', 5e9, 'reported', 'News', 'https://example.org/news'],
      [2024, 'KGZ', 'total', 'partner', null, 'no data', '', ''],
    ]);
  });
});
