import type { KeyboardEvent, ReactNode } from 'react';
import { WORDING } from '../../../data/wording';
import { t } from '../../../i18n/i18n';
import type { CaEvent } from '../../../data/schemas';
import { eventHeading, eventPlace, eventSummary, eventWhen } from '../event-labels';
import { trackOf, type Mark } from '../timeline-layout';

interface EventItemProps {
  event: CaEvent;
  /** Where the item sits on the horizontal timeline; null in the vertical list. */
  mark: Mark | null;
  selected: boolean;
  /** Named as related by the selected event. */
  related: boolean;
  tabbable: boolean;
  onSelect: () => void;
  onFocus: () => void;
  onKeyDown: (event: KeyboardEvent<HTMLButtonElement>) => void;
  children?: ReactNode;
}

/**
 * What the vertical list shows of an event. On the horizontal timeline the button is a hit area over its
 * mark, which shows the event; its name (the aria-label) says all this text says, so the text is left
 * out there: laid out unseen, it made half of the timeline's layout objects.
 */
function EventText({ event }: { event: CaEvent }) {
  return (
    <>
      <time dateTime={event.start} className="event-date">
        {eventWhen(event)}
      </time>
      <span className="event-title">
        {eventHeading(event)}
        {event.status === 'announced' ? <span className="badge">{t('timeline.item.announced')}</span> : null}
      </span>
      <span className="event-place">
        <span className="event-kind">{WORDING.eventKind[event.kind].label}</span> · {eventPlace(event)}
      </span>
    </>
  );
}

/** Half the size of the hit area around a mark. */
const HIT = 9;

export function EventItem({
  event,
  mark,
  selected,
  related,
  tabbable,
  onSelect,
  onFocus,
  onKeyDown,
  children,
}: EventItemProps) {
  const position = mark
    ? {
        left: Math.min(mark.x1, mark.x - HIT),
        top: mark.y - HIT,
        width: Math.max(mark.x2 - mark.x1, 0) + 2 * HIT,
        height: 2 * HIT,
      }
    : undefined;
  return (
    <li
      className={`event event-${event.kind} tl-track-${trackOf(event.kind)}${selected ? ' is-selected' : ''}${related ? ' is-related' : ''}`}
      style={position}
    >
      <button
        type="button"
        className="event-button"
        data-event-id={event.id}
        aria-label={related ? t('timeline.item.related', { summary: eventSummary(event) }) : eventSummary(event)}
        aria-expanded={selected}
        tabIndex={tabbable ? 0 : -1}
        onClick={onSelect}
        onFocus={onFocus}
        onMouseEnter={onFocus}
        onKeyDown={onKeyDown}
      >
        {mark ? null : <EventText event={event} />}
      </button>
      {/* On the axis a mark is a dot: its name shows on hover and focus (the button's name says the same). */}
      {mark ? (
        <span className="event-tip" aria-hidden="true">
          {eventSummary(event)}
        </span>
      ) : null}
      {children}
    </li>
  );
}
