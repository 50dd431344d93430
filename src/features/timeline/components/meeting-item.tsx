import type { CaEvent } from '../../../data/schemas';
import { eventHeading, eventPlace, eventWhen } from '../event-labels';

interface MeetingItemProps {
  event: CaEvent;
  selected: boolean;
  onSelect: () => void;
}

export function MeetingItem({ event, selected, onSelect }: MeetingItemProps) {
  return (
    <li className={`meeting meeting-${event.kind}${selected ? ' is-selected' : ''}`}>
      <button type="button" className="meeting-button" aria-expanded={selected} onClick={onSelect}>
        <time dateTime={event.start} className="meeting-date">
          {eventWhen(event)}
        </time>
        <span className="meeting-title">
          {eventHeading(event)}
          {event.status === 'announced' ? <span className="badge">announced</span> : null}
        </span>
        <span className="meeting-place">{eventPlace(event)}</span>
      </button>
    </li>
  );
}
