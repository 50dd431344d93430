import type { ChartConfig } from '../../../components/chart-config';
import { t } from '../../../i18n/i18n';
import { formatChange, formatUsd } from '../../../lib/format';
import { shareOfFiveText, type Headline } from '../headline';
import { YearSelect } from '../../../components/year-select';

interface HeadlineFiguresProps {
  headlines: Headline[];
  config: ChartConfig;
  year: number;
  years: number[];
  onYear: (year: number) => void;
  /**
   * With both reporters: China's figure against the partner's, in the chosen year and at the range's start;
   * null for a year without a total from both sides.
   */
  gaps?: readonly { text: string }[];
  partnerName: string;
}

/** The selected year's total, its change, the record and the share of the region, by reporter. */
export function HeadlineFigures({ headlines, config, year, years, onYear, gaps, partnerName }: HeadlineFiguresProps) {
  return (
    <section className="headline" aria-label={t('trade.headline.label', { year })}>
      <div className="headline-bar">
        <h3>{t('trade.headline.heading', { year })}</h3>
        <YearSelect label={t('trade.headline.yearSelect')} years={years} value={year} onChange={onYear} />
      </div>
      <div className="headline-grid">
        {headlines.map((h) => (
          <ReporterFigures key={h.reporter} headline={h} label={config[h.reporter]?.label ?? h.reporter} />
        ))}
      </div>
      {gaps ? (
        <p className="headline-gap">
          <strong>{t('trade.headline.gaps', { partner: partnerName })}</strong> {gaps.map((g) => g.text).join(' · ')}
        </p>
      ) : null}
    </section>
  );
}

function ReporterFigures({ headline: h, label }: { headline: Headline; label: string }) {
  return (
    <div>
      <p className="headline-reporter">{label}</p>
      <dl className="headline-figures" aria-label={label}>
        <div>
          <dt>{t('trade.headline.total', { year: h.year })}</dt>
          <dd className="headline-total">
            {h.total === null ? <span className="no-data">{t('trade.headline.noFigure')}</span> : formatUsd(h.total)}
          </dd>
        </div>
        <div>
          <dt>{t('trade.headline.change', { year: h.year - 1 })}</dt>
          <dd>
            {h.change === null ? (
              <span className="no-data">{t('trade.headline.noChange')}</span>
            ) : (
              formatChange(h.change)
            )}
          </dd>
        </div>
        <div>
          <dt>
            {h.span
              ? t('trade.headline.recordSpan', { first: h.span.first, last: h.span.last })
              : t('trade.headline.record')}
          </dt>
          <dd>
            {h.record
              ? t('trade.headline.recordValue', { year: h.record.year, value: formatUsd(h.record.value) })
              : '–'}
          </dd>
        </div>
        <div>
          <dt>{t('trade.headline.share')}</dt>
          <dd>{shareOfFiveText(h)}</dd>
        </div>
        <div>
          <dt>{t('trade.headline.cagr')}</dt>
          <dd>
            {h.growth ? (
              t('trade.headline.cagrValue', {
                rate: formatChange(h.growth.rate),
                firstYear: h.growth.first.year,
                lastYear: h.growth.last.year,
                firstValue: formatUsd(h.growth.first.value),
                lastValue: formatUsd(h.growth.last.value),
              })
            ) : (
              <span className="no-data">{t('trade.headline.cagrNone')}</span>
            )}
          </dd>
        </div>
      </dl>
    </div>
  );
}
