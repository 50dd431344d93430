import type { Observation, Source } from '../../../data/schemas';
import type { Reporter } from '../../../data/codes';
import { formatUsd } from '../../../lib/format';

interface PartialYearListProps {
  observations: Observation[];
  reporterLabel: (reporter: Reporter) => string;
  sources: ReadonlyMap<string, Source>;
}

const period = (o: Observation) => `${o.period.replace('-', '–')} ${o.year}`;

/** Part-year totals, kept apart from the annual series: they cover fewer months and compare with nothing there. */
export function PartialYearList({ observations, reporterLabel, sources }: PartialYearListProps) {
  if (observations.length === 0) return null;
  return (
    <div className="partial-years">
      <h3>Latest partial-year figures</h3>
      <p className="partial-years-note">Cumulative from January; not comparable with the annual figures above.</p>
      <ul>
        {observations.map((o) => {
          const source = sources.get(o.source);
          return (
            <li key={`${o.year}-${o.period}-${o.reporter}`}>
              <strong>{period(o)}</strong> total {formatUsd(o.value)}, {reporterLabel(o.reporter)}
              {o.confidence === 'uncertain' ? ' (uncertain)' : ''}
              {source ? (
                <>
                  {' · '}
                  <a href={source.url} target="_blank" rel="noreferrer noopener" title={source.title}>
                    {source.publisher}
                  </a>
                </>
              ) : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
