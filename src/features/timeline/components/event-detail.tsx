import type { CaEvent, Source } from '../../../data/schemas';
import { eventHeading, eventPlace, eventWhen } from '../event-labels';

const CONFIDENCE_WORDS: Record<CaEvent['confidence'], string> = {
  verified: 'confirmed by two or more independent sources',
  'single-source': 'from a single source',
  uncertain: 'uncertain',
};

/** What happened, who was there, and where it is reported. */
export function EventDetail({ event, sources }: { event: CaEvent; sources: readonly Source[] }) {
  const cited = event.sources.map((id) => sources.find((s) => s.id === id)).filter((s): s is Source => !!s);
  return (
    <article className="event-detail" aria-label={`${eventHeading(event)}, details`}>
      <h3>{event.title}</h3>
      <p className="event-meta">
        {eventWhen(event)} · {eventPlace(event)}
        {event.chair ? ` · chaired by ${event.chair}` : ''}
      </p>
      {event.participants?.length ? (
        <p>
          <strong>Participants:</strong> {event.participants.join('; ')}
        </p>
      ) : null}
      {event.outcomes?.length ? (
        <ul className="event-outcomes">
          {event.outcomes.map((o) => (
            <li key={o}>{o}</li>
          ))}
        </ul>
      ) : null}
      {event.note ? <p className="event-note">{event.note}</p> : null}
      <p className="source-line">
        Sources ({CONFIDENCE_WORDS[event.confidence]}):{' '}
        {cited.map((s, i) => (
          <span key={s.id}>
            {i > 0 ? '; ' : null}
            <a href={s.url} target="_blank" rel="noreferrer noopener">
              {s.publisher}
            </a>
          </span>
        ))}
      </p>
    </article>
  );
}
