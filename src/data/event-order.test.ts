import { describe, expect, it } from 'vitest';
import { fixtureDataset, fixtureEvent, fixtureTimeline } from '../testing/fixtures';
import { dateInterval } from '../lib/partial-date';
import { eventInterval, eventsInDateOrder, meetingsInOrder } from './event-order';

const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);

describe('dateInterval', () => {
  it('reads a full date as that day', () => {
    expect(dateInterval('2024-12-01')).toEqual({ start: day(2024, 12, 1), end: day(2024, 12, 2), precision: 'day' });
  });

  it('reads a month as the whole month, not its first day', () => {
    expect(dateInterval('2025-05')).toEqual({ start: day(2025, 5, 1), end: day(2025, 6, 1), precision: 'month' });
    expect(dateInterval('2023-12').end).toBe(day(2024, 1, 1));
  });

  it('reads a year as the whole year, not 1 January', () => {
    expect(dateInterval('2027')).toEqual({ start: day(2027, 1, 1), end: day(2028, 1, 1), precision: 'year' });
  });

  it('runs a multi-day event to the end of its last day', () => {
    const summit = fixtureEvent({ id: 's', kind: 'summit', start: '2023-05-18', end: '2023-05-19' });
    expect(eventInterval(summit)).toEqual({ start: day(2023, 5, 18), end: day(2023, 5, 20), precision: 'day' });
  });
});

describe('eventsInDateOrder', () => {
  it('orders by the period each date stands for, the more precise first, the meeting before its side event', () => {
    expect(eventsInDateOrder(fixtureTimeline()).map((e) => e.id)).toEqual([
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
  });

  it('puts a known day before the month that holds it when both start together', () => {
    const month = fixtureEvent({ id: 'a-month', kind: 'ministerial', start: '2025-06' });
    const first = fixtureEvent({ id: 'z-first', kind: 'ministerial', start: '2025-06-01' });
    expect(eventsInDateOrder([month, first]).map((e) => e.id)).toEqual(['z-first', 'a-month']);
  });

  it('does not change the list it is given', () => {
    const events = fixtureTimeline();
    eventsInDateOrder(events);
    expect(events[0]?.id).toBe('summit-2027');
  });
});

describe('meetingsInOrder', () => {
  it('keeps meetings and summits, in date order', () => {
    expect(meetingsInOrder(fixtureDataset().events).map((e) => e.id)).toEqual(['fm-1', 'fm-2', 'summit-3']);
  });
});
