import '../trade.css';
import { Suspense, use, useCallback, useEffect, useId, type ComponentProps } from 'react';
import { ErrorState } from '../../../components/error-state';
import { LoadingState } from '../../../components/loading-state';
import { Panel } from '../../../components/panel';
import { RenderBoundary } from '../../../components/render-boundary';
import { SourceLine } from '../../../components/source-line';
import { t } from '../../../i18n/i18n';
import { whenIdle } from '../../../lib/when-idle';
import { loadCompareCharts, loadPartnersCharts, loadPartnersModel } from '../chart-code';
import { spanParams, type YearSpan } from '../range-brush';
import { useTradeModel, type CompareValueView, type PanelFrame, type TradeView } from '../trade-model';
import { usePartnersModel } from '../use-partners-model';
import { CountryCharts } from './country-charts';
import { RangeBrush } from './range-brush';
import { TradeControls } from './trade-controls';

interface TradePanelProps {
  view: TradeView;
  /** `replace`: the change continues the last one and takes its place in the history. */
  onChange: (patch: Partial<TradeView>, options?: { replace?: boolean }) => void;
  selectedEvent: string | null;
  onSelectEvent: (id: string | null) => void;
  /** The table instead of the chart, and the five as a stack: both kept in the link. */
  showTable: boolean;
  onTable: (show: boolean) => void;
  stack: boolean;
  onStack: (stack: boolean) => void;
  compareValues: CompareValueView;
  onCompareValues: (patch: Partial<CompareValueView>) => void;
}

const CHART_HEIGHT = 560;
/** When the view by partner's code is fetched, in the background, after the first view. */
const PREFETCH_AFTER_MS = 3000;

export function TradePanel({
  view,
  onChange,
  selectedEvent,
  onSelectEvent,
  showTable,
  onTable,
  stack,
  onStack,
  compareValues,
  onCompareValues,
}: TradePanelProps) {
  const { model, trade } = useTradeModel(view);
  const byPartner = view.chart === 'partners';
  const { model: partnersModel, partners, failure } = usePartnersModel(view, byPartner);
  // While the view by partner's code loads (a few ms once the page is up), the panel keeps its frame.
  const frame: PanelFrame = partnersModel ?? model;
  useEffect(() => whenIdle(() => void loadPartnersModel().catch(() => undefined), PREFETCH_AFTER_MS), []);
  const brushNoteId = useId();
  const { span, from, to } = frame;
  const onRange = useCallback(
    (next: YearSpan, options: { replace: boolean }) => {
      if (span) onChange(spanParams(next, span), options);
    },
    [onChange, span],
  );
  const onYear = useCallback((year: number) => onChange({ year }), [onChange]);
  const shared = {
    model,
    onYear,
    showTable,
    selectedEvent,
    onSelectEvent,
    stack,
    onStack,
    compareValues,
    onCompareValues,
  };

  return (
    <Panel
      title={frame.title}
      subtitle={frame.subtitle}
      className="panel-trade"
      id="trade"
      download={frame.download}
      actions={
        <button type="button" className="toggle" aria-pressed={showTable} onClick={() => onTable(!showTable)}>
          {t('trade.panel.table')}
        </button>
      }
      footer={<SourceLine sources={frame.sources} missing={frame.missingSources} />}
    >
      <TradeControls view={view} onChange={onChange} names={frame.names} from={from} to={to} years={frame.years} />
      {/* The strip keeps its height while the data load, and its note is there from the start: nothing below moves. */}
      <div className="range-brush-slot">
        {span && span.last > span.first ? (
          <RangeBrush
            bounds={span}
            from={from}
            to={to}
            bars={frame.bars}
            describedBy={brushNoteId}
            onChange={onRange}
          />
        ) : (
          <div className="range-brush" />
        )}
        <p className="range-brush-note" id={brushNoteId}>
          {frame.brushNote}
        </p>
      </div>
      {/* Present and empty until needed, so that screen readers announce the text when it comes. */}
      <div role="status">
        {frame.growthRefused ? <p className="chart-note">{t('trade.panel.growthRefused')}</p> : null}
      </div>
      {byPartner ? (
        failure ? (
          <Rethrow error={failure} />
        ) : !partnersModel || partners.isPending ? (
          <LoadingState label={t('trade.loading.partners')} height={CHART_HEIGHT} />
        ) : partners.isError ? (
          <ErrorState
            error={partners.error}
            what={t('trade.failed.partners')}
            onRetry={() => void partners.refetch()}
          />
        ) : (
          <RenderBoundary what={t('trade.failed.partners')}>
            <Suspense fallback={<LoadingState label={t('trade.loading.chart')} height={CHART_HEIGHT} />}>
              <LoadedPartnersCharts model={partnersModel} onYear={onYear} showTable={showTable} />
            </Suspense>
          </RenderBoundary>
        )
      ) : trade.isPending ? (
        <LoadingState label={t('trade.loading.trade')} height={CHART_HEIGHT} />
      ) : trade.isError ? (
        <ErrorState error={trade.error} what={t('trade.failed.tradeChart')} onRetry={() => void trade.refetch()} />
      ) : model.compare ? (
        <RenderBoundary what={t('trade.failed.comparison')}>
          <Suspense fallback={<LoadingState label={t('trade.loading.comparison')} height={CHART_HEIGHT} />}>
            <LoadedCompareCharts trade={trade.data} {...shared} />
          </Suspense>
        </RenderBoundary>
      ) : (
        <CountryCharts trade={trade.data} {...shared} />
      )}
    </Panel>
  );
}

/** Hands a failure to the panel's boundary, which says what went wrong (the view's code could not load). */
function Rethrow({ error }: { error: unknown }): null {
  throw error;
}

/** The view by partner once its code has arrived; until then the Suspense fallback. */
function LoadedPartnersCharts(props: ComponentProps<typeof import('./partners-charts').default>) {
  const { default: PartnersCharts } = use(loadPartnersCharts());
  return <PartnersCharts {...props} />;
}

/** The comparison once its code has arrived; until then the Suspense fallback. */
function LoadedCompareCharts(props: ComponentProps<typeof import('./compare-charts').default>) {
  const { default: CompareCharts } = use(loadCompareCharts());
  return <CompareCharts {...props} />;
}
