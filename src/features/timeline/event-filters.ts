import type { CaEvent, Source } from '../../data/schemas';
import type { CountryCode, EventKind } from '../../data/codes';
import { compareEvents } from '../../data/event-order';

export interface EventFilter {
  /** null: every kind. */
  kinds: readonly EventKind[] | null;
  /** null: every country. */
  involves: CountryCode | null;
  /** Events of that year (from its start to its end); null: every year. */
  year?: number | null;
  /** Words that an event's title, place, people, outcomes, note or sources must all contain; null: none. */
  query?: string | null;
  /** The sources, for the search: an event is found by its sources' publishers and titles too. */
  sources?: ReadonlyMap<string, Source>;
}

/** The text an event is searched by: everything a reader sees of it and of its sources, in lower case. */
export function searchText(event: CaEvent, sources?: ReadonlyMap<string, Source>): string {
  const parts = [
    event.title,
    event.label,
    event.city,
    event.chair,
    event.note,
    ...(event.participants ?? []),
    ...(event.outcomes ?? []),
    ...event.sources.flatMap((id) => {
      const s = sources?.get(id);
      return s ? [s.publisher, s.title] : [];
    }),
  ];
  return parts.filter(Boolean).join(' \n ').toLocaleLowerCase('en');
}

/** Whether the event falls in the year: a multi-day event counts in each year it spans. */
export function inYear(event: CaEvent, year: number): boolean {
  const start = Number(event.start.slice(0, 4));
  const end = Number((event.end ?? event.start).slice(0, 4));
  return start <= year && year <= end;
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

export function matchesFilter(event: CaEvent, { kinds, involves, year, query, sources }: EventFilter): boolean {
  if (kinds && !kinds.includes(event.kind)) return false;
  if (involves && !involvement(event, involves)) return false;
  if (year != null && !inYear(event, year)) return false;
  if (query) {
    const text = searchText(event, sources);
    if (
      !query
        .toLocaleLowerCase('en')
        .split(/\s+/)
        .filter(Boolean)
        .every((word) => text.includes(word))
    )
      return false;
  }
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
