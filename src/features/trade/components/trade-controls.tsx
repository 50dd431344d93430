import { useId } from 'react';
import {
  WITHOUT_PARTNER_STATISTICS,
  CHART_KINDS,
  hasGrowth,
  MEASURES,
  PARTNERS,
  REPORTER_CHOICES,
  type Measure,
  type Partner,
  type ReporterChoice,
} from '../../../data/codes';
import { WORDING } from '../../../data/wording';
import { t } from '../../../i18n/i18n';
import { RangeControl } from './range-control';
import type { TradeView } from '../trade-model';

interface TradeControlsProps {
  view: TradeView;
  onChange: (patch: Partial<TradeView>) => void;
  names: Record<Partner, string>;
  from: number;
  to: number;
  years: number[];
}

export function TradeControls({ view, onChange, names, from, to, years }: TradeControlsProps) {
  const countryId = useId();
  const measureId = useId();
  const reporterId = useId();
  const growthHintId = useId();
  // The panel says why when a link asks for the change of a balance anyway.
  const growthAvailable = hasGrowth(view.measure);
  const growthShown = view.growth && growthAvailable;
  const reporterLabel = (choice: ReporterChoice) =>
    view.chart === 'compare'
      ? WORDING.reporterChoice[choice].five
      : WORDING.reporterChoice[choice].one(names[view.country], WITHOUT_PARTNER_STATISTICS.includes(view.country));
  return (
    <div className="controls trade-controls">
      <div className="segmented" role="group" aria-label={t('trade.controls.view')}>
        {CHART_KINDS.map((chart) => (
          <button key={chart} type="button" aria-pressed={view.chart === chart} onClick={() => onChange({ chart })}>
            {WORDING.chartKind[chart]}
          </button>
        ))}
      </div>
      {view.chart !== 'compare' ? (
        <span className="control">
          <label htmlFor={countryId}>{t('trade.controls.country')}</label>
          <select
            id={countryId}
            value={view.country}
            onChange={(e) => onChange({ country: e.target.value as Partner })}
          >
            {PARTNERS.map((p) => (
              <option key={p} value={p}>
                {names[p]}
              </option>
            ))}
          </select>
        </span>
      ) : null}
      {/* By partner: total trade, as the state reports it; the measure and reporter choices are China's. */}
      {view.chart !== 'partners' ? (
        <span className="control">
          <label htmlFor={measureId}>{t('trade.controls.measure')}</label>
          <select
            id={measureId}
            value={view.measure}
            onChange={(e) => onChange({ measure: e.target.value as Measure })}
          >
            {MEASURES.map((m) => (
              <option key={m} value={m}>
                {WORDING.measure[m].label}
              </option>
            ))}
          </select>
        </span>
      ) : null}
      {view.chart === 'country' ? (
        <div className="segmented" role="group" aria-label={t('trade.controls.showAs')}>
          <button type="button" aria-pressed={!growthShown} onClick={() => onChange({ growth: false })}>
            {t('trade.controls.usd')}
          </button>
          <button
            type="button"
            aria-pressed={growthShown}
            // Left focusable, so that a keyboard or screen-reader user also learns why it does nothing.
            aria-disabled={!growthAvailable}
            aria-describedby={growthAvailable ? undefined : growthHintId}
            onClick={() => {
              if (growthAvailable) onChange({ growth: true });
            }}
          >
            {t('trade.controls.growth')}
          </button>
          {growthAvailable ? null : (
            <span id={growthHintId} className="visually-hidden">
              {t('trade.controls.growthHint')}
            </span>
          )}
        </div>
      ) : null}
      {view.chart !== 'partners' ? (
        <span className="control">
          <label htmlFor={reporterId}>{t('trade.controls.reporter')}</label>
          <select
            id={reporterId}
            value={view.reporter}
            onChange={(e) => onChange({ reporter: e.target.value as ReporterChoice })}
          >
            {REPORTER_CHOICES.map((choice) => (
              <option key={choice} value={choice}>
                {reporterLabel(choice)}
              </option>
            ))}
          </select>
        </span>
      ) : null}
      <RangeControl from={from} to={to} years={years} onChange={(range) => onChange(range)} />
    </div>
  );
}
