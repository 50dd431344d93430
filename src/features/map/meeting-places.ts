import type { CaEvent } from '../../data/schemas';
import type { CountryCode } from '../../data/codes';
import { t } from '../../i18n/i18n';
import { compareText } from '../../lib/compare';

/** A city on the map with the events held there, newest first. */
export interface MeetingPlace {
  /** Stable key: the city and its coordinates. */
  key: string;
  city: string;
  country: CountryCode | null;
  coordinates: [number, number];
  events: CaEvent[];
  /** Held with the participants in the city (in person or hybrid). */
  inPerson: number;
  /** Held by video and placed at the chair's city; nobody travelled there. */
  video: number;
}

/**
 * Every event with a city and coordinates, grouped by city. Announced events are left out: they have
 * not been held anywhere yet.
 */
export function meetingPlaces(events: readonly CaEvent[]): MeetingPlace[] {
  const byKey = new Map<string, MeetingPlace>();
  for (const event of events) {
    if (event.status !== 'held' || !event.city || !event.coordinates) continue;
    const [lon, lat] = event.coordinates;
    const key = `${event.city}|${lon.toFixed(2)}|${lat.toFixed(2)}`;
    const place = byKey.get(key) ?? {
      key,
      city: event.city,
      country: event.country,
      coordinates: [lon, lat],
      events: [],
      inPerson: 0,
      video: 0,
    };
    place.events.push(event);
    if (event.format === 'video') place.video += 1;
    else place.inPerson += 1;
    byKey.set(key, place);
  }
  const places = [...byKey.values()];
  for (const place of places) {
    place.events.sort((a, b) => compareText(b.start, a.start) || compareText(a.id, b.id));
  }
  // Biggest first, so that smaller markers are drawn on top and stay clickable.
  return places.sort((a, b) => b.events.length - a.events.length || compareText(a.city, b.city));
}

/** Radius in map units for a count of events: the disc's area grows with the count. */
export function markerRadius(count: number, unit = 4.5): number {
  return count <= 0 ? 0 : unit * Math.sqrt(count);
}

/** The event a click on a place opens when only one can be meant. */
export function soleEvent(place: MeetingPlace): CaEvent | null {
  return place.events.length === 1 ? (place.events[0] ?? null) : null;
}

/** "5 events: 3 in person, 2 by video" — how a place's marker is described. */
export function placeSummary(place: MeetingPlace): string {
  const count = place.events.length;
  if (place.video === 0) return t('map.summary.events', { count });
  if (place.inPerson === 0) return t('map.summary.allVideo', { count });
  return t('map.summary.mixed', { count, inPerson: place.inPerson, video: place.video });
}
