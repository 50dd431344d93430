import { describe, expect, it } from 'vitest';
import { fixtureDataset } from '../../testing/fixtures';
import { partnerNames, sourcesById } from '../../data/use-data';
import type { Revision, RevisionsFile } from '../../data/schemas';
import { figureInWords, revisionRows, revisionSummary } from './revision-rows';

const d = fixtureDataset();
const names = partnerNames(d.countries);
const entry = (partial: Partial<Revision>): Revision => ({
  date: '2026-12-01',
  file: 'trade.json',
  key: 'KAZ 2019 annual partner total',
  field: 'value',
  old: 14389877021,
  new: 14792492522,
  reason: 'The office’s figure',
  source: 'customs',
  ...partial,
});
const log: RevisionsFile = {
  asOf: '2026-12-01',
  since: '2026-11-27',
  revisions: [
    entry({ date: '2026-11-30', key: 'KGZ 2022 annual partner total', old: null, new: 4130268507 }),
    entry({}),
    entry({ file: 'events.json', key: 'fm-2', field: 'event', old: null, new: 'fm-2', source: 'news' }),
    entry({ file: 'events.json', key: 'agreement', field: 'start', old: '2025-06', new: '2025-06-17', source: 'news' }),
  ],
};

describe('the revision list', () => {
  it('says when the data was last revised, and how often', () => {
    expect(revisionSummary(log)).toEqual({ latest: '2026-12-01', count: 4, since: '2026-11-27' });
    expect(revisionSummary({ ...log, revisions: [] }).latest).toBeNull();
  });

  it('lists the newest first, each figure and event in words, values exact, sources linked', () => {
    const rows = revisionRows(log, names, d.events.events, sourcesById(d.sources));
    expect(rows.map((r) => [r.date, r.what, r.was, r.now])).toEqual([
      ['1 Dec 2026', 'Kazakhstan 2019, total trade, Kazakhstan’s statistics', '$14,389,877,021', '$14,792,492,522'],
      ['1 Dec 2026', '2nd meeting', 'not listed', 'listed'],
      ['1 Dec 2026', 'A treaty — start', 'Jun 2025', '17 Jun 2025'],
      ['30 Nov 2026', 'Kyrgyzstan 2022, total trade, Kyrgyzstan’s statistics', 'no figure', '$4,130,268,507'],
    ]);
    expect(rows[0]?.source).toEqual({ id: 'customs', publisher: 'Customs', url: 'https://example.org/customs' });
  });

  it('names a part year, the five together and China’s side', () => {
    expect(figureInWords({ key: 'CA5 2024 Jan-Oct china china_exports', field: 'value' }, names)).toBe(
      'The five together 2024 (Jan-Oct), China’s exports, China’s customs',
    );
  });
});
