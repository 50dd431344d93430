import { useId } from 'react';
import type { Measure } from '../../../data/selectors';
import { PARTNERS } from '../../../data/codes';
import type { Partner } from '../../../data/schemas';
import { hasGrowth, MEASURE_LABELS, type ReporterChoice } from '../trade-series';
import { RangeControl } from './range-control';
import type { TradeView } from './trade-panel';

const MEASURES = Object.keys(MEASURE_LABELS) as Measure[];

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
  const partnerName = view.chart === 'compare' ? 'the partners' : names[view.country];
  const reporters: { value: ReporterChoice; label: string }[] = [
    { value: 'china', label: 'China’s customs' },
    { value: 'partner', label: view.chart === 'compare' ? 'The partners’ statistics' : `${partnerName}’s statistics` },
    { value: 'both', label: 'Both, side by side' },
  ];
  return (
    <div className="controls trade-controls">
      <div className="segmented" role="group" aria-label="View">
        <button type="button" aria-pressed={view.chart === 'country'} onClick={() => onChange({ chart: 'country' })}>
          One country
        </button>
        <button type="button" aria-pressed={view.chart === 'compare'} onClick={() => onChange({ chart: 'compare' })}>
          All five
        </button>
      </div>
      {view.chart === 'country' ? (
        <span className="control">
          <label htmlFor={countryId}>Country</label>
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
      <span className="control">
        <label htmlFor={measureId}>Measure</label>
        <select id={measureId} value={view.measure} onChange={(e) => onChange({ measure: e.target.value as Measure })}>
          {MEASURES.map((m) => (
            <option key={m} value={m}>
              {MEASURE_LABELS[m]}
            </option>
          ))}
        </select>
      </span>
      {view.chart === 'country' ? (
        <div className="segmented" role="group" aria-label="Show figures as">
          <button type="button" aria-pressed={!growthShown} onClick={() => onChange({ growth: false })}>
            US$
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
            % on year before
          </button>
          {growthAvailable ? null : (
            <span id={growthHintId} className="visually-hidden">
              Not for the balance: it crosses zero, where a change in per cent means nothing.
            </span>
          )}
        </div>
      ) : null}
      <span className="control">
        <label htmlFor={reporterId}>Reported by</label>
        <select
          id={reporterId}
          value={view.reporter}
          onChange={(e) => onChange({ reporter: e.target.value as ReporterChoice })}
        >
          {reporters.map((r) => (
            <option key={r.value} value={r.value}>
              {r.label}
            </option>
          ))}
        </select>
      </span>
      <RangeControl from={from} to={to} years={years} onChange={(range) => onChange(range)} />
    </div>
  );
}
