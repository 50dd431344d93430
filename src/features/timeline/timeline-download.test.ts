import { describe, expect, it } from 'vitest';
import { fixtureDataset, fixtureTimeline } from '../../testing/fixtures';
import { eventsInDateOrder } from '../../data/event-order';
import { eventsFileBase, eventsSourceLine, eventsTable } from './timeline-download';

const ordered = eventsInDateOrder(fixtureTimeline());

describe('eventsTable', () => {
  it('has the agreed columns and one row per event, dates at their own precision', () => {
    const table = eventsTable(ordered);
    expect(table.columns).toEqual([
      'id',
      'kind',
      'ordinal',
      'title',
      'start',
      'end',
      'status',
      'city',
      'country',
      'format',
      'confidence',
      'sources',
      'note',
    ]);
    expect(table.rows).toHaveLength(9);
    expect(table.rows[8]).toEqual([
      'summit-2027',
      'summit',
      3,
      'summit-2027',
      '2027',
      null,
      'announced',
      null,
      'CHN',
      'in-person',
      'verified',
      'news',
      null,
    ]);
  });
});

describe('eventsFileBase', () => {
  it('names the years, and the filters when there are any', () => {
    expect(eventsFileBase(ordered, { kinds: null, involves: null })).toBe('china-central-asia-meetings-2024-2027');
    expect(eventsFileBase(ordered.slice(0, 2), { kinds: ['summit', 'foreign-ministers'], involves: 'KGZ' })).toBe(
      'china-central-asia-meetings-foreign-ministers-summit-kgz-2024-2024',
    );
  });
});

describe('eventsSourceLine', () => {
  it('names the publishers behind the events, most cited first', () => {
    const { sources } = fixtureDataset().sources;
    expect(eventsSourceLine(ordered, sources)).toBe('Sources: News');
    const cited = ordered.map((e, i) => (i < 2 ? { ...e, sources: ['customs', 'news'] } : e));
    expect(eventsSourceLine(cited, sources)).toBe('Sources: News; Customs');
    expect(eventsSourceLine(cited, sources, 1)).toBe("Sources: News; and 1 more (each event's sources are in the CSV)");
    expect(eventsSourceLine([], sources)).toBe('');
  });
});
