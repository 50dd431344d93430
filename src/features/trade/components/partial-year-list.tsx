import type { Observation, Source } from '../../../data/schemas';
import type { Reporter } from '../../../data/codes';
import { t } from '../../../i18n/i18n';
import { Message } from '../../../i18n/message';
import { formatUsd } from '../../../lib/format';
import { SourceLink } from '../../../components/source-link';

interface PartialYearListProps {
  observations: Observation[];
  reporterLabel: (reporter: Reporter) => string;
  sources: ReadonlyMap<string, Source>;
}

/** `Jan–Oct 2024`: the period's months (`Jan-Oct`, the file's code) and year, as the language writes them. */
const period = (o: Observation) =>
  t('trade.partial.period', { end: o.period.slice(4), period: o.period.replace('-', '–'), year: o.year });

/** Part-year totals, kept apart from the annual series: they cover fewer months and compare with nothing there. */
export function PartialYearList({ observations, reporterLabel, sources }: PartialYearListProps) {
  if (observations.length === 0) return null;
  return (
    <div className="partial-years">
      <h3>{t('trade.partial.heading')}</h3>
      <p className="partial-years-note">{t('trade.partial.note')}</p>
      <ul>
        {observations.map((o) => {
          const source = sources.get(o.source);
          return (
            <li key={`${o.year}-${o.period}-${o.reporter}`}>
              <Message
                id={o.confidence === 'uncertain' ? 'trade.partial.itemUncertain' : 'trade.partial.item'}
                values={{
                  period: <strong>{period(o)}</strong>,
                  value: formatUsd(o.value),
                  reporter: reporterLabel(o.reporter),
                }}
              />
              {source ? (
                <>
                  {' · '}
                  <SourceLink source={source} withTitle />
                </>
              ) : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
