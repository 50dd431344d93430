import { describe, expect, it } from 'vitest';
import { fixtureEvent, fixtureTimeline } from '../../testing/fixtures';
import { adjacentEvent, filterEvents, involvement, unlistedFor } from './event-filters';
import { eventsInDateOrder } from '../../data/event-order';

const ordered = eventsInDateOrder(fixtureTimeline());
const ids = (events: readonly { id: string }[]) => events.map((e) => e.id);
const byId = (id: string) => ordered.find((e) => e.id === id) ?? null;

describe('filterEvents', () => {
  it('keeps everything without a filter', () => {
    expect(filterEvents(ordered, { kinds: null, involves: null })).toHaveLength(9);
  });

  it('keeps the kinds asked for, in the order given', () => {
    expect(ids(filterEvents(ordered, { kinds: ['summit', 'agreement'], involves: null }))).toEqual([
      'summit-2',
      'treaty',
      'ratification-kgz',
      'summit-2027',
    ]);
  });

  it('keeps the events a country hosted or sent a delegation to', () => {
    expect(ids(filterEvents(ordered, { kinds: null, involves: 'KGZ' }))).toEqual([
      'fm-5',
      'side-road',
      'fm-6',
      'summit-2',
      'treaty',
      'ratification-kgz',
    ]);
  });

  it('matches an event without a delegation list by its host only', () => {
    expect(ids(filterEvents(ordered, { kinds: null, involves: 'CHN' }))).toContain('education-may-12');
    expect(ids(filterEvents(ordered, { kinds: null, involves: 'KAZ' }))).not.toContain('education-may-12');
    expect(ids(unlistedFor(ordered, 'KAZ'))).toEqual(['education-may-12', 'summit-2027']);
  });

  it('combines kind and country', () => {
    expect(ids(filterEvents(ordered, { kinds: ['summit'], involves: 'CHN' }))).toEqual(['summit-2', 'summit-2027']);
  });
});

describe('involvement', () => {
  it('tells hosting from taking part', () => {
    const fm5 = byId('fm-5');
    if (!fm5) throw new Error('fixture');
    expect(involvement(fm5, 'CHN')).toBe('hosted');
    expect(involvement(fm5, 'KGZ')).toBe('took part');
    expect(involvement(fm5, 'UZB')).toBeNull();
  });
});

describe('adjacentEvent', () => {
  it('steps forward and back among the events shown, and stops at the ends', () => {
    expect(adjacentEvent(ordered, byId('fm-6'), 1)?.id).toBe('transport-may');
    expect(adjacentEvent(ordered, byId('fm-6'), -1)?.id).toBe('side-road');
    expect(adjacentEvent(ordered, byId('fm-5'), -1)).toBeNull();
    expect(adjacentEvent(ordered, byId('summit-2027'), 1)).toBeNull();
  });

  it('starts at the first or the last event when nothing is selected', () => {
    expect(adjacentEvent(ordered, null, 1)?.id).toBe('fm-5');
    expect(adjacentEvent(ordered, null, -1)?.id).toBe('summit-2027');
  });

  it('finds the neighbours in time of a selected event that the filter hides', () => {
    const summits = filterEvents(ordered, { kinds: ['summit'], involves: null });
    expect(adjacentEvent(summits, byId('fm-6'), 1)?.id).toBe('summit-2');
    expect(adjacentEvent(summits, byId('fm-6'), -1)).toBeNull();
    expect(adjacentEvent(summits, byId('treaty'), -1)?.id).toBe('summit-2');
    expect(adjacentEvent(summits, byId('treaty'), 1)?.id).toBe('summit-2027');
  });
});

describe('the timeline queried: a year and words', () => {
  const sources = new Map([
    [
      'news',
      {
        id: 'news',
        publisher: 'Xinhua',
        title: 'Ministers meet in Chengdu',
        url: 'https://example.org',
        covers: '',
        kind: 'news' as const,
      },
    ],
  ]);
  const chengdu = fixtureEvent({
    id: 'fm-5',
    kind: 'foreign-ministers',
    start: '2024-12-01',
    city: 'Chengdu',
    sources: ['news'],
  });
  const astana = fixtureEvent({
    id: 'summit-2',
    kind: 'summit',
    start: '2025-06-17',
    end: '2025-06-18',
    city: 'Astana',
    sources: ['other'],
  });
  const longEvent = fixtureEvent({
    id: 'span',
    kind: 'milestone',
    start: '2023-12',
    end: '2024-01',
    city: 'Bishkek',
    sources: ['other'],
  });
  const all = [chengdu, astana, longEvent];

  it('keeps the events of the year, a multi-year one in each of its years', () => {
    expect(filterEvents(all, { kinds: null, involves: null, year: 2024 }).map((e) => e.id)).toEqual(['fm-5', 'span']);
    expect(filterEvents(all, { kinds: null, involves: null, year: 2023 }).map((e) => e.id)).toEqual(['span']);
  });

  it('finds events by every word, in their text and their sources, whatever the case', () => {
    const found = (query: string) =>
      filterEvents(all, { kinds: null, involves: null, query, sources }).map((e) => e.id);
    expect(found('chengdu')).toEqual(['fm-5']);
    expect(found('XINHUA ministers')).toEqual(['fm-5']);
    expect(found('astana chengdu')).toEqual([]);
  });
});
