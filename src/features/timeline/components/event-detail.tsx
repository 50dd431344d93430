import type { CaEvent, Country, Source } from '../../../data/schemas';
import { WORDING } from '../../../data/wording';
import { eventHeading, eventPlace, eventWhen, precisionNote } from '../event-labels';
import type { TradeContext } from '../trade-context';
import { EventContext } from './event-context';
import { EventSources } from './event-sources';

interface EventDetailProps {
  event: CaEvent;
  related: readonly CaEvent[];
  trade: readonly TradeContext[];
  countries: readonly Country[];
  sources: readonly Source[];
  /** Hidden by the filters: still shown, with a word saying so. */
  hidden: boolean;
  onSelect: (id: string) => void;
  onClose: () => void;
}

/** What happened, who was there, what came of it, and where it is reported. */
export function EventDetail({
  event,
  related,
  trade,
  countries,
  sources,
  hidden,
  onSelect,
  onClose,
}: EventDetailProps) {
  const name = (code: string) => countries.find((c) => c.iso3 === code)?.name.en ?? code;
  const note = precisionNote(event);
  return (
    <article className="event-detail" aria-label={`${eventHeading(event)}, details`}>
      <header className="event-detail-head">
        <h3>{event.title}</h3>
        <button type="button" className="close-button" onClick={onClose} aria-label="Close details (Escape)">
          ×
        </button>
      </header>
      <dl className="event-facts">
        <dt>Date</dt>
        <dd>
          <time dateTime={event.start}>{eventWhen(event)}</time>
          {note ? ` (${note})` : ''}
          {event.status === 'announced' ? ' · announced, not yet held' : ''}
        </dd>
        <dt>Place</dt>
        <dd>
          {eventPlace(event)}
          {event.country ? `, ${name(event.country)}` : ''} · {WORDING.eventFormat[event.format]}
        </dd>
        <dt>Kind</dt>
        <dd>
          {WORDING.eventKind[event.kind].label}
          {hidden ? ' (hidden by the current filters)' : ''}
        </dd>
        {event.chair ? (
          <>
            <dt>Chair or host</dt>
            <dd>{event.chair}</dd>
          </>
        ) : null}
        {event.participants?.length ? (
          <>
            <dt>Participants</dt>
            <dd>{event.participants.join('; ')}</dd>
          </>
        ) : null}
        <dt>Took part</dt>
        <dd>
          {event.delegations?.length
            ? event.delegations.map(name).join(', ')
            : 'the sources do not list the delegations'}
        </dd>
      </dl>
      {event.outcomes?.length ? (
        <ul className="event-outcomes" aria-label="Outcomes and documents">
          {event.outcomes.map((o) => (
            <li key={o}>{o}</li>
          ))}
        </ul>
      ) : null}
      {event.note ? <p className="event-note">{event.note}</p> : null}
      <EventContext related={related} trade={trade} countries={countries} sources={sources} onSelect={onSelect} />
      <EventSources event={event} sources={sources} />
    </article>
  );
}
