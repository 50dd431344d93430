import type { CaEvent, EventKind } from '../../data/schemas';
import { compareText } from '../../lib/compare';

export type DatePrecision = 'day' | 'month' | 'year';

/** The stretch of time a partial date stands for: [start, end) in UTC milliseconds. */
export interface DateInterval {
  start: number;
  end: number;
  precision: DatePrecision;
}

/** `2024-12-01` is that day, `2025-05` the whole of May, `2027` the whole year: never its 1 January. */
export function dateInterval(iso: string): DateInterval {
  const [y = 0, m, d] = iso.split('-').map(Number);
  if (m === undefined) return { start: Date.UTC(y, 0, 1), end: Date.UTC(y + 1, 0, 1), precision: 'year' };
  if (d === undefined) return { start: Date.UTC(y, m - 1, 1), end: Date.UTC(y, m, 1), precision: 'month' };
  return { start: Date.UTC(y, m - 1, d), end: Date.UTC(y, m - 1, d + 1), precision: 'day' };
}

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
