import { useId } from 'react';
import { WORDING } from '../../../data/wording';
import { t } from '../../../i18n/i18n';
import { formatShare } from '../../../lib/format';
import type { PartnersModel } from '../partners-model';

/** China's and Russia's shares of each of the five's trade in the chosen year, as paired bars. */
export function FiveShares({ model }: { model: PartnersModel }) {
  const titleId = useId();
  const highest = Math.max(0.01, ...model.five.flatMap((s) => [s.china ?? 0, s.russia ?? 0]));
  return (
    <section className="five-shares" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('compare.five.title', { year: String(model.year) })}</h3>
      <ul>
        {model.five.map((s) => (
          <li key={s.reporter} aria-current={s.reporter === model.state ? 'true' : undefined}>
            <span className="five-shares-name">
              {model.names[s.reporter]}
              {s.reporter === model.state ? <span className="visually-hidden">{t('compare.five.current')}</span> : null}
              {s.mirrorOnly ? <span className="five-shares-note">{t('compare.five.mirror')}</span> : null}
            </span>
            <ShareBar label={WORDING.shareGroup.CHN} share={s.china} highest={highest} group="CHN" />
            <ShareBar label={WORDING.shareGroup.RUS} share={s.russia} highest={highest} group="RUS" />
          </li>
        ))}
      </ul>
      <p className="chart-note">{t('compare.five.note')}</p>
    </section>
  );
}

function ShareBar({
  label,
  share,
  highest,
  group,
}: {
  label: string;
  share: number | null;
  highest: number;
  group: string;
}) {
  return (
    <span className={`five-shares-bar is-${group.toLowerCase()}`}>
      <span className="five-shares-label">{label}</span>
      <span className="five-shares-track">
        {share === null ? null : <span className="five-shares-fill" style={{ width: `${(share / highest) * 100}%` }} />}
      </span>
      <span className="five-shares-value">{share === null ? t('compare.noFigure') : formatShare(share)}</span>
    </span>
  );
}
