import type { CaEvent } from '../../data/schemas';
import { formatDateRange, ordinal } from '../../lib/format';
import { eventInterval } from '../../data/event-order';

export function eventPlace(event: CaEvent): string {
  if (event.format === 'video') return event.city ? `by video (chaired from ${event.city})` : 'by video';
  return event.city ?? 'place not yet announced';
}

export function eventWhen(event: CaEvent): string {
  return formatDateRange(event.start, event.end);
}

/** What the date does not say: empty for a known day. */
export function precisionNote(event: CaEvent): string {
  const { precision } = eventInterval(event);
  if (precision === 'month') return 'day not known';
  if (precision === 'year') return 'month not known';
  return '';
}

/** `5th foreign ministers’ meeting`, `1st summit`; other events by their title. */
export function eventHeading(event: CaEvent): string {
  if (event.ordinal === undefined) return event.title;
  if (event.kind === 'summit') return `${ordinal(event.ordinal)} summit`;
  if (event.kind === 'foreign-ministers') return `${ordinal(event.ordinal)} foreign ministers’ meeting`;
  return event.title;
}

/** What a screen reader hears for an event in the list: date first, then what and where. */
export function eventSummary(event: CaEvent): string {
  const note = precisionNote(event);
  const announced = event.status === 'announced' ? ', announced' : '';
  return `${eventWhen(event)}${note ? ` (${note})` : ''}: ${eventHeading(event)}, ${eventPlace(event)}${announced}`;
}
