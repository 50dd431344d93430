import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { ErrorState } from '../../../components/error-state';
import { LoadingState } from '../../../components/loading-state';
import type { PanelDownload } from '../../../components/download/download-spec';
import { Panel } from '../../../components/panel';
import { SourceLine, sourceLineText } from '../../../components/source-line';
import { countriesQuery, sourcesQuery, tradeQuery } from '../../../data/queries';
import { annualYearRange, chartRows, sourcesBehind, type Measure } from '../../../data/selectors';
import type { Partner, Source } from '../../../data/schemas';
import { MEASURE_LABELS, reportersOf, seriesConfig, type ReporterChoice } from '../trade-series';
import { TradeChart } from './trade-chart';
import { TradeControls } from './trade-controls';
import { TradeTable } from './trade-table';

export interface TradeView {
  country: Partner;
  measure: Measure;
  reporter: ReporterChoice;
  from: number | null;
  to: number | null;
}

interface TradePanelProps {
  view: TradeView;
  onChange: (patch: Partial<TradeView>) => void;
  animate: boolean;
}

export function TradePanel({ view, onChange, animate }: TradePanelProps) {
  const trade = useQuery(tradeQuery());
  const countries = useQuery(countriesQuery());
  const sources = useQuery(sourcesQuery());
  const [showTable, setShowTable] = useState(false);

  const name = countries.data?.countries.find((c) => c.iso3 === view.country)?.name.en ?? view.country;
  const reporters = reportersOf(view.reporter);
  const config = useMemo(() => seriesConfig(name), [name]);
  const range = trade.data ? annualYearRange(trade.data) : null;
  const from = view.from ?? range?.first ?? 0;
  const to = view.to ?? range?.last ?? 0;
  const rows = useMemo(
    () => (trade.data ? chartRows(trade.data, view.country, view.measure, from, to) : []),
    [trade.data, view.country, view.measure, from, to],
  );
  const shownSources = useMemo(() => {
    if (!trade.data || !sources.data) return [];
    const byId = new Map(sources.data.sources.map((s) => [s.id, s]));
    return sourcesBehind(trade.data, view.country, reporters, view.measure, from, to)
      .map((id) => byId.get(id))
      .filter((s): s is Source => s !== undefined);
    // reporters is derived from view.reporter
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [trade.data, sources.data, view.country, view.reporter, view.measure, from, to]);

  const title = `${MEASURE_LABELS[view.measure]}: China and ${name}`;
  const reporterText = reporters.map((r) => config[r]?.label).join(' and ');
  const subtitle = `US$, current prices · annual · ${from}–${to} · as reported by ${reporterText}`;
  const hasValues = rows.some((row) => reporters.some((r) => row[r] !== null));
  const sourceLine = sourceLineText(shownSources);
  const download: PanelDownload = {
    fileBase: `china-${name.toLowerCase().replace(/[^a-z]+/g, '-')}-${view.measure.replace('_', '-')}-${from}-${to}`,
    sourceLine,
    legend: reporters.map((r) => ({
      label: config[r]?.label ?? r,
      color: config[r]?.color ?? '#000',
      dashed: config[r]?.dashed ?? false,
    })),
    table: () => ({
      columns: ['year', 'partner', 'measure', 'reporter', 'value_usd'],
      rows: rows.flatMap((row) => reporters.map((r) => [row.year, view.country, view.measure, r, row[r]])),
    }),
  };

  return (
    <Panel
      title={title}
      subtitle={subtitle}
      className="panel-trade"
      actions={
        <button type="button" className="toggle" aria-pressed={showTable} onClick={() => setShowTable(!showTable)}>
          Table
        </button>
      }
      footer={<SourceLine sources={shownSources} />}
      download={download}
    >
      <TradeControls view={view} onChange={onChange} partnerName={name} />
      {trade.isPending ? (
        <LoadingState label="Loading trade data…" height={300} />
      ) : trade.isError ? (
        <ErrorState error={trade.error} what="the trade chart" />
      ) : !hasValues ? (
        <p className="empty-state" role="status">
          No {MEASURE_LABELS[view.measure].toLowerCase()} figures for {name} from {reporterText} in {from}–{to}.
        </p>
      ) : showTable ? (
        <TradeTable rows={rows} reporters={reporters} config={config} caption={`${title}, ${from}–${to}`} />
      ) : (
        <TradeChart
          rows={rows}
          reporters={reporters}
          config={config}
          label={`${title}, ${from}–${to}, line chart`}
          showZero={view.measure === 'balance'}
          animate={animate}
        />
      )}
    </Panel>
  );
}
