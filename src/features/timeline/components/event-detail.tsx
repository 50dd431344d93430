import type { CaEvent, Country, Source } from '../../../data/schemas';
import { WORDING } from '../../../data/wording';
import { inLanguage, t } from '../../../i18n/i18n';
import { Message } from '../../../i18n/message';
import { eventHeading, eventPlace, eventWhen, precisionNote } from '../event-labels';
import type { TradeContext } from '../trade-context';
import { EventContext } from './event-context';
import { EventSources } from './event-sources';
import { DataText } from '../../../components/data-text';

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
  const name = (code: string) => {
    const country = countries.find((c) => c.iso3 === code);
    return country ? inLanguage(country.name) : code;
  };
  const note = precisionNote(event);
  const time = <time dateTime={event.start}>{eventWhen(event)}</time>;
  const date = note ? <Message id="timeline.summary.whenNoted" values={{ when: time, note }} /> : time;
  const place = { place: eventPlace(event), format: WORDING.eventFormat[event.format] };
  const kind = WORDING.eventKind[event.kind].label;
  return (
    <article className="event-detail" aria-label={t('timeline.detail.label', { heading: eventHeading(event) })}>
      <header className="event-detail-head">
        <h3>{event.title}</h3>
        <button type="button" className="close-button" onClick={onClose} aria-label={t('timeline.detail.close')}>
          ×
        </button>
      </header>
      <dl className="event-facts">
        <dt>{t('timeline.detail.date')}</dt>
        <dd>{event.status === 'announced' ? <Message id="timeline.detail.announced" values={{ date }} /> : date}</dd>
        <dt>{t('timeline.detail.place')}</dt>
        <dd>
          {event.country
            ? t('timeline.detail.placeCountry', { ...place, country: name(event.country) })
            : t('timeline.detail.placeValue', place)}
        </dd>
        <dt>{t('timeline.detail.kind')}</dt>
        <dd>{hidden ? t('timeline.detail.kindHidden', { kind }) : kind}</dd>
        {event.chair ? (
          <>
            <dt>{t('timeline.detail.chair')}</dt>
            <dd>{event.chair}</dd>
          </>
        ) : null}
        {event.participants?.length ? (
          <>
            <dt>{t('timeline.detail.participants')}</dt>
            <dd>{event.participants.join(t('timeline.separator.semicolon'))}</dd>
          </>
        ) : null}
        <dt>{t('timeline.detail.tookPart')}</dt>
        <dd>
          {event.delegations?.length
            ? event.delegations.map(name).join(t('timeline.separator.comma'))
            : t('timeline.detail.noDelegations')}
        </dd>
      </dl>
      {event.outcomes?.length ? (
        <ul className="event-outcomes" aria-label={t('timeline.detail.outcomes')}>
          {event.outcomes.map((o) => (
            <li key={o}>{o}</li>
          ))}
        </ul>
      ) : null}
      {event.note ? (
        <p className="event-note">
          <DataText>{event.note}</DataText>
        </p>
      ) : null}
      <EventContext related={related} trade={trade} countries={countries} sources={sources} onSelect={onSelect} />
      <EventSources event={event} sources={sources} />
    </article>
  );
}
