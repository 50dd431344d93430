import { describe, expect, it } from 'vitest';
import { fixtureDataset, fixtureTimeline } from '../../testing/fixtures';
import { HORIZONTAL_MIN_WIDTH, openEvent, timelineEvents, timelineLayout } from './timeline-model';

const events = fixtureTimeline();
const all = { kinds: null, involves: null };

describe('timelineEvents', () => {
  it('orders every event by date and keeps those the filters choose', () => {
    const t = timelineEvents(events, { kinds: ['summit'], involves: null });
    expect(t.all.map((e) => e.id)).toEqual([
      'fm-5',
      'side-road',
      'fm-6',
      'transport-may',
      'education-may-12',
      'summit-2',
      'treaty',
      'ratification-kgz',
      'summit-2027',
    ]);
    expect(t.shown.map((e) => e.id)).toEqual(['summit-2', 'summit-2027']);
  });

  it('counts the kinds chosen apart from the country filter', () => {
    const t = timelineEvents(events, { kinds: ['agreement'], involves: 'KGZ' });
    expect(t.ofKinds.map((e) => e.id)).toEqual(['treaty', 'ratification-kgz']);
  });

  it('is empty, without a domain, before the file is in', () => {
    expect(timelineEvents(undefined, all)).toEqual({ all: [], shown: [], ofKinds: [], domain: null });
  });
});

describe('timelineLayout', () => {
  it('lays out a horizontal timeline only when the panel is wide enough', () => {
    const t = timelineEvents(events, all);
    expect(timelineLayout(t, HORIZONTAL_MIN_WIDTH - 1)).toBeNull();
    expect(timelineLayout(t, 900)?.marks).toHaveLength(events.length);
  });
});

describe('openEvent', () => {
  it('gives the open event its neighbours among those shown, and its related events and trade', () => {
    const t = timelineEvents(events, { kinds: ['foreign-ministers', 'summit'], involves: null });
    const open = openEvent(t, 'fm-6', undefined);
    expect([open?.previous?.id, open?.next?.id, open?.hidden]).toEqual(['fm-5', 'summit-2', false]);
  });

  it('says when the filters hide the open event', () => {
    const t = timelineEvents(events, { kinds: ['summit'], involves: null });
    expect(openEvent(t, 'fm-6', undefined)?.hidden).toBe(true);
    expect(openEvent(t, 'no-such-event', undefined)).toBeNull();
  });

  it('finds the related events and the trade figures the event points to', () => {
    const { events: file, trade } = fixtureDataset();
    const open = openEvent(timelineEvents(file.events, all), 'fm-2', trade);
    expect(open?.related.map((e) => e.id)).toEqual(['fm-1']);
    expect([...(open?.relatedIds ?? [])]).toEqual(['fm-1']);
    expect(open?.trade).toHaveLength(1);
  });
});
