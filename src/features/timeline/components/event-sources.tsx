import type { CaEvent, Source } from '../../../data/schemas';
import { t } from '../../../i18n/i18n';
import { Message } from '../../../i18n/message';
import { formatDate } from '../../../lib/format';
import { SourceLink } from '../../../components/source-link';
import { DataText } from '../../../components/data-text';

/** Every source behind an event, with the event's confidence. */
export function EventSources({ event, sources }: { event: CaEvent; sources: readonly Source[] }) {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const heading = t('timeline.sources.heading');
  return (
    <section className="event-sources" aria-label={heading}>
      <p className="event-sources-head">
        {heading}{' '}
        <span className={`confidence confidence-${event.confidence}`}>
          {t(`timeline.sources.confidence.${event.confidence}`)}
        </span>
      </p>
      <ul>
        {event.sources.map((id) => {
          const source = byId.get(id);
          if (!source) return <li key={id}>{t('timeline.sources.notFound', { id })}</li>;
          const publisher = <SourceLink source={source} />;
          return (
            <li key={id}>
              {source.published ? (
                <Message
                  id="timeline.sources.itemPublished"
                  values={{
                    publisher,
                    title: <DataText>{source.title}</DataText>,
                    published: formatDate(source.published),
                  }}
                />
              ) : (
                <Message
                  id="timeline.sources.item"
                  values={{ publisher, title: <DataText>{source.title}</DataText> }}
                />
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
