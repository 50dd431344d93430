import '../trade.css';
import { useQuery } from '@tanstack/react-query';
import { Suspense, use, useCallback, useId, useMemo, useState, type ComponentProps } from 'react';
import { legendEntries } from '../../../components/chart-config';
import type { PanelDownload } from '../../../components/download/download-spec';
import { ErrorState } from '../../../components/error-state';
import { LoadingState } from '../../../components/loading-state';
import { Panel } from '../../../components/panel';
import { RenderBoundary } from '../../../components/render-boundary';
import { SourceLine, sourceLineText } from '../../../components/source-line';
import { countriesQuery, eventsQuery, sourcesQuery, tradeQuery } from '../../../data/queries';
import { annualYearRange, meetingsInOrder, sourcesBehind, type Measure } from '../../../data/selectors';
import { PARTNERS } from '../../../data/codes';
import type { Partner, Source } from '../../../data/schemas';
import { loadCompareView } from '../chart-code';
import { latestTotalYear } from '../headline';
import { fileBase, tradeCsv } from '../trade-download';
import { chartTitle, hasGrowth, partnerConfig, reportersOf, seriesConfig, type ReporterChoice } from '../trade-series';
import { clampSpan, overviewBars, spanParams, type YearSpan } from '../range-brush';
import { CountryView } from './country-view';
import { RangeBrush } from './range-brush';
import { TradeControls } from './trade-controls';

export interface TradeView {
  country: Partner;
  measure: Measure;
  reporter: ReporterChoice;
  from: number | null;
  to: number | null;
  year: number | null;
  chart: 'country' | 'compare';
  /** One state's chart as the change on the year before; not for the five, nor for a balance. */
  growth: boolean;
}

interface TradePanelProps {
  view: TradeView;
  /** `replace`: the change continues the last one and takes its place in the history. */
  onChange: (patch: Partial<TradeView>, options?: { replace?: boolean }) => void;
  selectedEvent: string | null;
  onSelectEvent: (id: string | null) => void;
}

const CHART_HEIGHT = 560;

export function TradePanel({ view, onChange, selectedEvent, onSelectEvent }: TradePanelProps) {
  const trade = useQuery(tradeQuery());
  const countries = useQuery(countriesQuery());
  const sources = useQuery(sourcesQuery());
  const events = useQuery(eventsQuery());
  const [showTable, setShowTable] = useState(false);
  const brushNoteId = useId();

  const names = useMemo(() => {
    const byIso = new Map(countries.data?.countries.map((c) => [c.iso3, c.name.en]));
    return Object.fromEntries(PARTNERS.map((p) => [p, byIso.get(p) ?? p])) as Record<Partner, string>;
  }, [countries.data]);
  const sourceMap = useMemo(() => new Map(sources.data?.sources.map((s) => [s.id, s])), [sources.data]);
  const meetings = useMemo(() => (events.data ? meetingsInOrder(events.data) : []), [events.data]);

  const compare = view.chart === 'compare';
  const name = names[view.country];
  // Asked for a measure without one (a balance), the change is refused and the figures are shown instead.
  const growthAsked = view.growth && !compare;
  const growth = growthAsked && hasGrowth(view.measure);
  const growthRefused = growthAsked && !growth;
  // The comparison draws one reporter at a time; "both" is shown there as China's lines plus each state's gap.
  const reporters = useMemo(
    () =>
      compare ? [view.reporter === 'partner' ? ('partner' as const) : ('china' as const)] : reportersOf(view.reporter),
    [compare, view.reporter],
  );
  const config = useMemo(
    () => (compare ? partnerConfig(names) : seriesConfig(name, growth)),
    [compare, names, name, growth],
  );

  const span = trade.data ? annualYearRange(trade.data) : null;
  const years = span ? Array.from({ length: span.last - span.first + 1 }, (_, i) => span.first + i) : [];
  // A link may ask for years outside the data, or for a single year: the lists and the strip show the nearest valid span.
  const { from, to } = span ? clampSpan(view.from, view.to, span) : { from: 0, to: 0 };
  const primary = reporters[0] ?? 'china';
  const year =
    view.year ?? (trade.data ? latestTotalYear(trade.data, view.country, primary, to) : null) ?? span?.last ?? 0;

  const partners = useMemo(() => (compare ? PARTNERS : [view.country]), [compare, view.country]);
  const onRange = useCallback(
    (next: YearSpan, options: { replace: boolean }) => {
      if (span) onChange(spanParams(next, span), options);
    },
    [onChange, span],
  );
  const bars = useMemo(
    () => (trade.data && span ? overviewBars(trade.data, partners, primary, span) : []),
    [trade.data, span, partners, primary],
  );
  const shownSources = useMemo(() => {
    if (!trade.data) return [];
    const ids = new Set(partners.flatMap((p) => sourcesBehind(trade.data, p, reporters, view.measure, from, to)));
    return [...ids].map((id) => sourceMap.get(id)).filter((s): s is Source => s !== undefined);
  }, [trade.data, sourceMap, partners, reporters, view.measure, from, to]);

  const who = compare ? 'the five Central Asian states' : name;
  const title = chartTitle(view.measure, who, growth);
  const reporterText = compare
    ? primary === 'china'
      ? 'China’s customs'
      : 'each state’s own statistics'
    : reporters.map((r) => config[r]?.label).join(' and ');
  const unit = growth ? '% change on the year before, of US$ at current prices' : 'US$, current prices';
  const subtitle = `${unit} · annual · ${from}–${to} · as reported by ${reporterText}`;

  const download: PanelDownload | null = trade.data
    ? {
        fileBase: fileBase(compare ? 'Central Asia' : name, from, to, growth),
        table: () => tradeCsv(trade.data, sourceMap, partners, reporters, view.measure, from, to),
        legend: legendEntries(config, compare ? PARTNERS : reporters),
        sourceLine: sourceLineText(shownSources),
      }
    : null;

  return (
    <Panel
      title={title}
      subtitle={subtitle}
      className="panel-trade"
      download={download}
      actions={
        <button type="button" className="toggle" aria-pressed={showTable} onClick={() => setShowTable(!showTable)}>
          Table
        </button>
      }
      footer={<SourceLine sources={shownSources} />}
    >
      <TradeControls view={view} onChange={onChange} names={names} from={from} to={to} years={years} />
      {/* The strip keeps its height while the data load, and its note is there from the start: nothing below moves. */}
      <div className="range-brush-slot">
        {span && span.last > span.first ? (
          <RangeBrush bounds={span} from={from} to={to} bars={bars} describedBy={brushNoteId} onChange={onRange} />
        ) : (
          <div className="range-brush" />
        )}
        <p className="range-brush-note" id={brushNoteId}>
          Drag the window or its ends to choose the years. Bars: {compare ? 'total trade of the five' : 'total trade'},{' '}
          {compare ? reporterText : (config[primary]?.label ?? reporterText)}; none where a figure is missing.
        </p>
      </div>
      {/* Present and empty until needed, so that screen readers announce the text when it comes. */}
      <div role="status">
        {growthRefused ? (
          <p className="chart-note">
            The change on the year before is not drawn for the balance: it crosses zero, where a change in per cent
            means nothing. The balance itself is shown.
          </p>
        ) : null}
      </div>
      {trade.isPending ? (
        <LoadingState label="Loading trade data…" height={CHART_HEIGHT} />
      ) : trade.isError ? (
        <ErrorState error={trade.error} what="the trade chart" />
      ) : compare ? (
        <RenderBoundary what="the comparison">
          <Suspense fallback={<LoadingState label="Loading the comparison…" height={CHART_HEIGHT} />}>
            <LoadedCompareView
              trade={trade.data}
              names={names}
              config={config}
              measure={view.measure}
              reporter={view.reporter}
              from={from}
              to={to}
              year={year}
              years={years}
              onYear={(y) => onChange({ year: y })}
              showTable={showTable}
              title={title}
              meetings={meetings}
              selectedEvent={selectedEvent}
              onSelectEvent={onSelectEvent}
            />
          </Suspense>
        </RenderBoundary>
      ) : (
        <CountryView
          trade={trade.data}
          names={names}
          sources={sourceMap}
          meetings={meetings}
          partner={view.country}
          partnerName={name}
          measure={view.measure}
          growth={growth}
          reporters={reporters}
          config={config}
          from={from}
          to={to}
          year={year}
          years={years}
          onYear={(y) => onChange({ year: y })}
          showTable={showTable}
          title={title}
          selectedEvent={selectedEvent}
          onSelectEvent={onSelectEvent}
        />
      )}
    </Panel>
  );
}

/** The comparison once its code has arrived; until then the Suspense fallback. */
function LoadedCompareView(props: ComponentProps<typeof import('./compare-view').default>) {
  const { default: CompareView } = use(loadCompareView());
  return <CompareView {...props} />;
}
