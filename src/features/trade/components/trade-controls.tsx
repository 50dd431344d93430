import { useId } from 'react';
import type { Measure } from '../../../data/selectors';
import { MEASURE_LABELS, type ReporterChoice } from '../trade-series';
import type { TradeView } from './trade-panel';

const MEASURES = Object.keys(MEASURE_LABELS) as Measure[];

interface TradeControlsProps {
  view: TradeView;
  onChange: (patch: Partial<TradeView>) => void;
  partnerName: string;
}

export function TradeControls({ view, onChange, partnerName }: TradeControlsProps) {
  const measureId = useId();
  const reporterId = useId();
  const reporters: { value: ReporterChoice; label: string }[] = [
    { value: 'china', label: 'China’s customs' },
    { value: 'partner', label: `${partnerName}’s statistics` },
    { value: 'both', label: 'Both, side by side' },
  ];
  return (
    <div className="controls">
      <label htmlFor={measureId}>Measure</label>
      <select id={measureId} value={view.measure} onChange={(e) => onChange({ measure: e.target.value as Measure })}>
        {MEASURES.map((m) => (
          <option key={m} value={m}>
            {MEASURE_LABELS[m]}
          </option>
        ))}
      </select>
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
    </div>
  );
}
