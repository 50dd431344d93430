import type { CaEvent, Source } from '../../../data/schemas';
import { formatDate } from '../../../lib/format';

const CONFIDENCE_WORDS: Record<CaEvent['confidence'], string> = {
  verified: 'verified: two or more sources agree on date and place',
  'single-source': 'single source',
  uncertain: 'uncertain: see the note',
};

/** Every source behind an event, with the event's confidence. */
export function EventSources({ event, sources }: { event: CaEvent; sources: readonly Source[] }) {
  const byId = new Map(sources.map((s) => [s.id, s]));
  return (
    <section className="event-sources" aria-label="Sources">
      <p className="event-sources-head">
        Sources{' '}
        <span className={`confidence confidence-${event.confidence}`}>{CONFIDENCE_WORDS[event.confidence]}</span>
      </p>
      <ul>
        {event.sources.map((id) => {
          const source = byId.get(id);
          return (
            <li key={id}>
              {source ? (
                <>
                  <a href={source.url} target="_blank" rel="noreferrer noopener">
                    {source.publisher}
                  </a>
                  {`: ${source.title}`}
                  {source.published ? ` (${formatDate(source.published)})` : ''}
                </>
              ) : (
                `${id} (not found in sources.json)`
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
