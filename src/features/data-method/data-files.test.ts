import { describe, expect, it } from 'vitest';
import { fixtureDataset } from '../../testing/fixtures';
import { csvName, DOWNLOADS, recordsCsv, recordsOf } from './data-files';
import { DATA_FILES } from '../../data/schemas';

describe('the data files as CSV', () => {
  it('lists every field of every record, lists joined, objects as JSON, gaps empty', () => {
    const table = recordsCsv([
      { id: 'a', sources: ['x', 'y'], coordinates: [71.4, 51.2] },
      { id: 'b', related: { events: ['a'] }, note: 'n' },
    ]);
    expect(table.columns).toEqual(['id', 'sources', 'coordinates', 'related', 'note']);
    expect(table.rows).toEqual([
      ['a', 'x; y', '71.4; 51.2', null, null],
      ['b', null, null, '{"events":["a"]}', 'n'],
    ]);
  });

  it('offers every data file the app loads, each with records to list', () => {
    expect(DOWNLOADS.map((d) => d.file).sort()).toEqual(Object.keys(DATA_FILES).sort());
    const d = fixtureDataset();
    expect(recordsOf(d.trade, 'observations')).toHaveLength(d.trade.observations.length);
    expect(recordsOf(null, 'observations')).toEqual([]);
    expect(csvName('trade.json')).toBe('trade.csv');
  });
});
