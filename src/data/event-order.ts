/** The one order of events: the timeline's, the chart marks', the map places'. */
import { compareText } from '../lib/compare';
import { dateInterval, type DateInterval } from '../lib/partial-date';
import type { EventKind } from './codes';
import type { CaEvent, EventsFile } from './schemas';

/** From the start of its first date to the end of its last; the precision is the coarser of the two. */
export function eventInterval(event: CaEvent): DateInterval {
  const first = dateInterval(event.start);
  const last = event.end ? dateInterval(event.end) : first;
  const rank = { day: 0, month: 1, year: 2 } as const;
  const precision = rank[last.precision] > rank[first.precision] ? last.precision : first.precision;
  return { start: first.start, end: Math.max(first.end, last.end), precision };
}

/** On the same day, the meeting comes before what was signed or launched beside it. */
const KIND_RANK: Record<EventKind, number> = {
  summit: 0,
  'foreign-ministers': 1,
  agreement: 2,
  secretariat: 3,
  ministerial: 4,
  milestone: 5,
};

/**
 * Date order that respects precision: by the start of the period a date stands for (so `2025-05`
 * sorts at 1 May, before `2025-05-12`), then the shorter period first (a known day before the month
 * that holds it), then the meeting before its side events, then the id.
 */
export function compareEvents(a: CaEvent, b: CaEvent): number {
  const ia = eventInterval(a);
  const ib = eventInterval(b);
  return ia.start - ib.start || ia.end - ib.end || KIND_RANK[a.kind] - KIND_RANK[b.kind] || compareText(a.id, b.id);
}

export function eventsInDateOrder(events: readonly CaEvent[]): CaEvent[] {
  return [...events].sort(compareEvents);
}

/** The foreign ministers' meetings and the summits, in date order. */
export function meetingsInOrder(file: EventsFile): CaEvent[] {
  return eventsInDateOrder(file.events.filter((e) => e.kind === 'foreign-ministers' || e.kind === 'summit'));
}
