import type { CaEvent } from '../../data/schemas';
import type { CountryCode, EventKind } from '../../data/codes';
import { compareEvents } from '../../data/event-order';

export interface EventFilter {
  /** null: every kind. */
  kinds: readonly EventKind[] | null;
  /** null: every country. */
  involves: CountryCode | null;
}

export type Involvement = 'hosted' | 'took part';

/**
 * How a country was involved, from the data alone: it hosted (the event's `country`; for a video
 * meeting, the chair's) or it took part (listed in `delegations`). An event whose sources do not list
 * its delegations matches its host only.
 */
export function involvement(event: CaEvent, country: CountryCode): Involvement | null {
  if (event.country === country) return 'hosted';
  if (event.delegations?.includes(country)) return 'took part';
  return null;
}

export function matchesFilter(event: CaEvent, { kinds, involves }: EventFilter): boolean {
  if (kinds && !kinds.includes(event.kind)) return false;
  if (involves && !involvement(event, involves)) return false;
  return true;
}

/** Keeps the order it is given. */
export function filterEvents(events: readonly CaEvent[], filter: EventFilter): CaEvent[] {
  return events.filter((e) => matchesFilter(e, filter));
}

/** Events that a country filter cannot judge: no delegation list, and hosted by someone else. */
export function unlistedFor(events: readonly CaEvent[], country: CountryCode): CaEvent[] {
  return events.filter((e) => !e.delegations && e.country !== country);
}

/**
 * The event before or after the selected one among those shown (in date order). When the selected
 * event is hidden by a filter, its neighbours in time are used; with nothing selected, the first or last.
 */
export function adjacentEvent(shown: readonly CaEvent[], selected: CaEvent | null, direction: 1 | -1): CaEvent | null {
  if (!selected) return (direction === 1 ? shown[0] : shown[shown.length - 1]) ?? null;
  const index = shown.findIndex((e) => e.id === selected.id);
  if (index >= 0) return shown[index + direction] ?? null;
  if (direction === 1) return shown.find((e) => compareEvents(e, selected) > 0) ?? null;
  return shown.findLast((e) => compareEvents(e, selected) < 0) ?? null;
}
