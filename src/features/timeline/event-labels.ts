import type { CaEvent } from '../../data/schemas';
import { formatDateRange } from '../../lib/format';
import { eventInterval } from '../../data/event-order';
import { t } from '../../i18n/i18n';

export function eventPlace(event: CaEvent): string {
  if (event.format === 'video')
    return event.city ? t('timeline.place.videoFrom', { city: event.city }) : t('timeline.place.video');
  return event.city ?? t('timeline.place.notAnnounced');
}

export function eventWhen(event: CaEvent): string {
  return formatDateRange(event.start, event.end);
}

/** What the date does not say: empty for a known day. */
export function precisionNote(event: CaEvent): string {
  const { precision } = eventInterval(event);
  if (precision === 'month') return t('timeline.precision.month');
  if (precision === 'year') return t('timeline.precision.year');
  return '';
}

/** The date, with what it does not say: `May 2025 (day not known)`. */
export function eventWhenNoted(event: CaEvent): string {
  const note = precisionNote(event);
  return note ? t('timeline.summary.whenNoted', { when: eventWhen(event), note }) : eventWhen(event);
}

/** `5th foreign ministers’ meeting`, `1st summit`; other events by their title. */
export function eventHeading(event: CaEvent): string {
  if (event.ordinal === undefined) return event.title;
  if (event.kind === 'summit') return t('timeline.heading.summit', { n: event.ordinal });
  if (event.kind === 'foreign-ministers') return t('timeline.heading.foreignMinisters', { n: event.ordinal });
  return event.title;
}

/** What a screen reader hears for an event in the list: date first, then what and where. */
export function eventSummary(event: CaEvent): string {
  const values = { when: eventWhenNoted(event), heading: eventHeading(event), place: eventPlace(event) };
  return event.status === 'announced'
    ? t('timeline.summary.eventAnnounced', values)
    : t('timeline.summary.event', values);
}
