import type { CaEvent } from '../../../data/schemas';
import { eventHeading, eventWhen } from '../event-labels';

interface EventNavProps {
  previous: CaEvent | null;
  next: CaEvent | null;
  onSelect: (id: string) => void;
}

/** Previous and next among the events shown, each saying where it leads. */
export function EventNav({ previous, next, onSelect }: EventNavProps) {
  return (
    <nav className="event-nav" aria-label="Step through the events">
      <button type="button" disabled={!previous} onClick={() => previous && onSelect(previous.id)}>
        <span className="event-nav-label">
          <span aria-hidden="true">‹ </span>Previous event
        </span>
        {previous ? (
          <span className="event-nav-target">{`${eventHeading(previous)}, ${eventWhen(previous)}`}</span>
        ) : null}
      </button>
      <button type="button" disabled={!next} onClick={() => next && onSelect(next.id)}>
        <span className="event-nav-label">
          Next event<span aria-hidden="true"> ›</span>
        </span>
        {next ? <span className="event-nav-target">{`${eventHeading(next)}, ${eventWhen(next)}`}</span> : null}
      </button>
    </nav>
  );
}
