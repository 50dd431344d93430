import type { CaEvent, EventKind } from '../../data/schemas';
import { formatDateRange, ordinal } from '../../lib/format';

export const KIND_LABELS: Record<EventKind, string> = {
  'foreign-ministers': 'Foreign ministers',
  summit: 'Summit',
  ministerial: 'Ministerial',
  secretariat: 'Secretariat',
  agreement: 'Agreement',
  milestone: 'Milestone',
};

export function eventPlace(event: CaEvent): string {
  if (event.format === 'video') return event.city ? `by video (chaired from ${event.city})` : 'by video';
  return event.city ?? 'place not yet announced';
}

export function eventWhen(event: CaEvent): string {
  return formatDateRange(event.start, event.end);
}

export function eventHeading(event: CaEvent): string {
  if (event.ordinal === undefined) return event.title;
  const what =
    event.kind === 'summit'
      ? 'summit'
      : event.kind === 'foreign-ministers'
        ? 'foreign ministers’ meeting'
        : event.title;
  return `${ordinal(event.ordinal)} ${what}`;
}
