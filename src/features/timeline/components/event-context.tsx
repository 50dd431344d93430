import type { CaEvent, Country, Observation, Source } from '../../../data/schemas';
import { activeLanguage, inLanguage, t } from '../../../i18n/i18n';
import { LOCALES } from '../../../i18n/languages';
import { Message } from '../../../i18n/message';
import { formatChange, formatUsd } from '../../../lib/format';
import { eventHeading, eventWhen } from '../event-labels';
import type { TradeContext } from '../trade-context';
import { SourceLink } from '../../../components/source-link';
import { DataText } from '../../../components/data-text';

interface EventContextProps {
  related: readonly CaEvent[];
  trade: readonly TradeContext[];
  countries: readonly Country[];
  sources: readonly Source[];
  onSelect: (id: string) => void;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A month of a period code (`Jan`, `Oct`) as the period's message takes it: `Oct`, `октябрь`, `10`. */
function monthWord(abbreviation: string): string {
  const index = MONTHS.indexOf(abbreviation);
  const language = activeLanguage();
  if (index < 0 || language === 'en') return abbreviation;
  if (language === 'zh') return String(index + 1);
  return new Intl.DateTimeFormat(LOCALES[language], { month: 'long', timeZone: 'UTC' }).format(
    Date.UTC(2000, index, 1),
  );
}

/** An observation's period in a given year: `2024`, `Jan–Oct 2024`. */
function periodText(period: Observation['period'], year: number): string {
  if (period === 'annual') return t('timeline.context.period.annual', { year: String(year) });
  const [from = '', to = ''] = period.split('-');
  return t('timeline.context.period.partial', { from: monthWord(from), to: monthWord(to), year: String(year) });
}

/** Related events (to jump to) and the trade figures of the time, each with its source. */
export function EventContext({ related, trade, countries, sources, onSelect }: EventContextProps) {
  if (related.length === 0 && trade.length === 0) return null;
  // The messages name the five states themselves (`CA5`), in the case each sentence needs.
  const partner = (code: string) => {
    const country = countries.find((c) => c.iso3 === code);
    return { code, name: country ? inLanguage(country.name) : code };
  };
  const publisher = (id: string) => sources.find((s) => s.id === id);
  return (
    <section className="event-context" aria-label={t('timeline.context.label')}>
      {trade.map(({ observation: o, previous, change }) => {
        const source = publisher(o.source);
        const period = periodText(o.period, o.year);
        const who =
          o.reporter === 'china'
            ? t('timeline.context.who.china')
            : t('timeline.context.who.partner', partner(o.partner));
        const what = t(`timeline.context.what.${o.flow}`, partner(o.partner));
        const values = {
          label: <strong>{t('timeline.context.tradeLabel')}</strong>,
          what,
          period,
          value: <strong>{formatUsd(o.value)}</strong>,
          who,
        };
        const sourceLink = source ? <SourceLink source={source} /> : o.source;
        return (
          <p key={`${o.partner}${o.year}${o.period}${o.reporter}${o.flow}`} className="event-trade">
            {previous && change !== null ? (
              <Message
                id="timeline.context.tradeChange"
                values={{
                  ...values,
                  change: formatChange(change),
                  previous: formatUsd(previous.value),
                  previousPeriod: periodText(o.period, previous.year),
                }}
              />
            ) : (
              <Message id="timeline.context.trade" values={values} />
            )}{' '}
            <span className="source-line">
              {previous && previous.source !== o.source ? (
                <Message
                  id="timeline.context.sourceWithPrevious"
                  values={{
                    source: sourceLink,
                    year: String(previous.year),
                    previousSource: <DataText>{publisher(previous.source)?.publisher ?? previous.source}</DataText>,
                  }}
                />
              ) : (
                <Message id="timeline.context.source" values={{ source: sourceLink }} />
              )}
            </span>
          </p>
        );
      })}
      {related.length > 0 ? (
        <div className="event-related">
          <span>{t('timeline.context.related')}</span>
          {related.map((e) => (
            <button key={e.id} type="button" className="link-button" onClick={() => onSelect(e.id)}>
              {t('timeline.context.relatedEvent', { heading: eventHeading(e), when: eventWhen(e) })}
            </button>
          ))}
        </div>
      ) : null}
    </section>
  );
}
