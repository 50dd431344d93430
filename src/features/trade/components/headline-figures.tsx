import type { ChartConfig } from '../../../components/chart-config';
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
    <section className="headline" aria-label={`Headline figures for ${year}`}>
      <div className="headline-bar">
        <h3>Total trade in {year}</h3>
        <YearSelect label="Figures for" years={years} value={year} onChange={onYear} />
      </div>
      <div className="headline-grid">
        {headlines.map((h) => (
          <ReporterFigures key={h.reporter} headline={h} label={config[h.reporter]?.label ?? h.reporter} />
        ))}
      </div>
      {gaps ? (
        <p className="headline-gap">
          <strong>China’s figure against {partnerName}’s:</strong> {gaps.map((g) => g.text).join(' · ')}
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
          <dt>Total, {h.year}</dt>
          <dd className="headline-total">
            {h.total === null ? <span className="no-data">no figure</span> : formatUsd(h.total)}
          </dd>
        </div>
        <div>
          <dt>Change on {h.year - 1}</dt>
          <dd>
            {h.change === null ? <span className="no-data">– (a year without a figure)</span> : formatChange(h.change)}
          </dd>
        </div>
        <div>
          <dt>Record year{h.span ? ` (${h.span.first}–${h.span.last})` : ''}</dt>
          <dd>{h.record ? `${h.record.year}: ${formatUsd(h.record.value)}` : '–'}</dd>
        </div>
        <div>
          <dt>Share of the five states’ trade</dt>
          <dd>{shareOfFiveText(h)}</dd>
        </div>
        <div>
          <dt>Growth a year (CAGR)</dt>
          <dd>
            {h.growth ? (
              `${formatChange(h.growth.rate)}, ${h.growth.first.year}–${h.growth.last.year}: ${formatUsd(h.growth.first.value)} → ${formatUsd(h.growth.last.value)}`
            ) : (
              <span className="no-data">needs two years with figures</span>
            )}
          </dd>
        </div>
      </dl>
    </div>
  );
}
