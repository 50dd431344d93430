import { describe, expect, it } from 'vitest';
import { fixtureDataset } from '../testing/fixtures';
import { checkDataset } from './check-dataset';
import { latestRevisions } from './revision-rules';
import type { Revision } from './schemas';

const revision = (partial: Partial<Revision>): Revision => ({
  date: '2026-01-15',
  file: 'trade.json',
  key: 'KAZ 2023 annual partner total',
  field: 'value',
  old: 29e9,
  new: 30e9,
  reason: 'The statistics office’s figure',
  source: 'customs',
  ...partial,
});

function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`fixture without item ${index}`);
  return item;
}

/** The fixture with KAZ 2023 (partner) revised from $29 bn to its $30 bn, logged and marked. */
function revisedDataset() {
  const dataset = fixtureDataset();
  dataset.revisions.revisions.push(revision({}));
  const row = dataset.trade.observations.find((o) => o.partner === 'KAZ' && o.year === 2023 && o.reporter === 'partner');
  if (row) row.revised = '2026-01-15';
  return dataset;
}

describe('the revision log', () => {
  it('accepts a log that describes the data', () => {
    expect(checkDataset(revisedDataset())).toEqual([]);
  });

  it('fails when a logged value is not the one the file holds', () => {
    const dataset = revisedDataset();
    at(dataset.revisions.revisions, 0).new = 31e9;
    expect(checkDataset(dataset)).toEqual([
      {
        file: 'revisions.json',
        path: 'revisions[0].new',
        message: 'KAZ 2023 annual partner total value: the log says 31000000000, trade.json holds 30000000000',
      },
    ]);
  });

  it('fails when a logged figure is not in the file at all', () => {
    const dataset = revisedDataset();
    dataset.revisions.revisions.push(revision({ key: 'KGZ 2023 annual partner total', old: null, new: 1e9 }));
    expect(checkDataset(dataset).map((p) => p.message)).toEqual([
      'KGZ 2023 annual partner total value: the log says 1000000000, trade.json holds no such observation',
    ]);
  });

  it('fails when an observation says revised without an entry, or with another date', () => {
    const unlogged = revisedDataset();
    unlogged.revisions.revisions = [];
    expect(checkDataset(unlogged).map((p) => `${p.file} ${p.path}`)).toEqual(['trade.json observations[4].revised']);

    const wrongDate = revisedDataset();
    at(wrongDate.trade.observations, 4).revised = '2026-01-20';
    expect(checkDataset(wrongDate).map((p) => p.message)).toEqual([
      'KAZ 2023 annual partner total was last revised on 2026-01-15 (revisions.json); the observation says 2026-01-20',
    ]);
  });

  it('fails on an entry dated outside the log, or citing an unknown source', () => {
    const dataset = revisedDataset();
    at(dataset.revisions.revisions, 0).date = '2025-12-31';
    at(dataset.revisions.revisions, 0).source = 'nowhere';
    at(dataset.trade.observations, 4).revised = '2025-12-31';
    expect(checkDataset(dataset).map((p) => p.path)).toEqual(['revisions[0].source', 'revisions[0].date']);
  });

  it('checks an event entry against the event', () => {
    const dataset = revisedDataset();
    dataset.revisions.revisions.push(
      revision({ file: 'events.json', key: 'fm-2', field: 'city', old: 'Beijing', new: 'Xi’an' }),
      revision({ file: 'events.json', key: 'agreement', field: 'start', old: '2025-06', new: '2025-06-18' }),
    );
    expect(checkDataset(dataset).map((p) => p.message)).toEqual([
      'agreement start: the log says "2025-06-18", events.json holds "2025-06-17"',
    ]);
  });

  it('reads the latest entry of each key and field', () => {
    const later = revision({ date: '2026-01-20', new: 31e9 });
    const latest = latestRevisions([revision({}), later], 'trade.json');
    expect([...latest.values()]).toEqual([later]);
  });
});

describe('rules the reconciliation follows', () => {
  it('refuses an annual figure below the same year’s January–N figure', () => {
    const dataset = fixtureDataset();
    at(dataset.trade.observations, 5).value = 30e9; // KAZ 2024 annual, below its Jan–Oct $36.5 bn
    expect(checkDataset(dataset).map((p) => p.message)).toEqual([
      'KAZ 2024 china total: annual (30000000000) is below Jan-Oct (36500000000) of the same year',
    ]);
  });

  it('refuses a partner-side figure more than 1 % from the state’s own statistics', () => {
    const dataset = fixtureDataset();
    at(dataset.trade.observations, 4).value = 30.4e9; // partners.json: KAZ's own $30 bn with China in 2023
    expect(checkDataset(dataset).map((p) => p.message)).toEqual([
      "KAZ 2023 annual partner total: 30400000000 differs from the statistics office's 30000000000 (partners.json, customs) by more than 1 %",
    ]);
  });
});
