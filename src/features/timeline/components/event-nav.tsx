import type { CaEvent } from '../../../data/schemas';
import { t } from '../../../i18n/i18n';
import { eventHeading, eventWhen } from '../event-labels';

const target = (event: CaEvent) => t('timeline.nav.target', { heading: eventHeading(event), when: eventWhen(event) });

interface EventNavProps {
  previous: CaEvent | null;
  next: CaEvent | null;
  onSelect: (id: string) => void;
}

/** Previous and next among the events shown, each saying where it leads. */
export function EventNav({ previous, next, onSelect }: EventNavProps) {
  return (
    <nav className="event-nav" aria-label={t('timeline.nav.label')}>
      <button type="button" disabled={!previous} onClick={() => previous && onSelect(previous.id)}>
        <span className="event-nav-label">
          <span aria-hidden="true">‹ </span>
          {t('timeline.nav.previous')}
        </span>
        {previous ? <span className="event-nav-target">{target(previous)}</span> : null}
      </button>
      <button type="button" disabled={!next} onClick={() => next && onSelect(next.id)}>
        <span className="event-nav-label">
          {t('timeline.nav.next')}
          <span aria-hidden="true"> ›</span>
        </span>
        {next ? <span className="event-nav-target">{target(next)}</span> : null}
      </button>
    </nav>
  );
}
