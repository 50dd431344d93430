import { memo, useCallback, useEffect, useMemo, useRef } from 'react';
import { MapPanel } from '../features/map/components/map-panel';
import { activeLanguage, t } from '../i18n/i18n';
import type { Language } from '../i18n/languages';
import { TimelinePanel } from '../features/timeline/components/timeline-panel';
import { TradePanel } from '../features/trade/components/trade-panel';
import type { TradeView } from '../features/trade/trade-model';
import { BriefingSlide } from './briefing-slide';
import { DashboardHeader } from './dashboard-header';
import { followPrinting } from './print-layout';
import { RejectedParamsNotice } from './rejected-params-notice';
import { applyRootAttributes, followSystemScheme } from './root-attributes';
import { useRenderComplete } from './use-render-complete';
import { useReportHeight } from './use-report-height';
import { parseView, type ViewState } from './url-state';
import { useViewState } from './use-view-state';

// Each panel re-renders only when its own props change: a new year need not redraw the timeline.
const MapPanelMemo = memo(MapPanel);
const TradePanelMemo = memo(TradePanel);
const TimelinePanelMemo = memo(TimelinePanel);

export function App() {
  const [view, setView] = useViewState();
  const embedRef = useRef<HTMLElement>(null);
  useRenderComplete(view);
  useReportHeight(embedRef, view.embed);

  const { theme, mode, embed, transparent, compact } = view;
  // The language whose words are drawn: while another's messages load, the one still shown.
  const lang = activeLanguage();
  useEffect(() => {
    const attributes = { theme, mode, embed, transparent, compact, lang };
    applyRootAttributes(attributes);
    const stopScheme = followSystemScheme(attributes);
    const stopPrinting = followPrinting(() => applyRootAttributes(attributes));
    return () => {
      stopScheme();
      stopPrinting();
    };
  }, [theme, mode, embed, transparent, compact, lang]);

  const { country, flow, reporter, from, to, year, chart, growth } = view;
  const tradeView = useMemo<TradeView>(
    () => ({ country, measure: flow, reporter, from, to, year, chart, growth }),
    [country, flow, reporter, from, to, year, chart, growth],
  );
  const on = useMemo(
    () => ({
      trade: (patch: Partial<TradeView>, options?: { replace?: boolean }) => {
        const { measure, ...rest } = patch;
        setView(measure ? { ...rest, flow: measure } : rest, options);
      },
      country: (value: ViewState['country']) => setView({ country: value }),
      year: (value: number) => setView({ year: value }),
      map: (value: ViewState['map']) => setView({ map: value }),
      event: (value: string | null) => setView({ event: value }),
      filter: (patch: Pick<Partial<ViewState>, 'kinds' | 'involves' | 'when' | 'q' | 'list'>) =>
        // Words typed into the search replace each other in the history; the other filters are steps.
        setView(patch, { replace: 'q' in patch && Object.keys(patch).length === 1 }),
      theme: (value: ViewState['theme']) => setView({ theme: value }),
      lang: (value: Language) => setView({ lang: value }),
      stack: (value: boolean) => setView({ stack: value }),
      compareValues: (patch: Partial<Pick<ViewState, 'values' | 'base' | 'log'>>) => setView(patch),
      table: (panel: 'map' | 'trade', show: boolean) => {
        const open = new Set(parseView(window.location.search).table ?? []);
        if (show) open.add(panel);
        else open.delete(panel);
        // Kept in the link, but not a step of its own in the history: Back returns to the previous view.
        setView({ table: open.size > 0 ? [...open].sort() : null }, { replace: true });
      },
    }),
    [setView],
  );

  const { values, base, log } = view;
  const compareValues = useMemo(() => ({ values, base, log }), [values, base, log]);
  const mapTable = view.table?.includes('map') ?? false;
  const tradeTable = view.table?.includes('trade') ?? false;
  const onMapTable = useCallback((show: boolean) => on.table('map', show), [on]);
  const onTradeTable = useCallback((show: boolean) => on.table('trade', show), [on]);

  const map = (
    <MapPanelMemo
      selected={view.country}
      year={view.year}
      measure={view.flow}
      shows={view.map}
      onShows={on.map}
      reporter={view.reporter}
      selectedEvent={view.event}
      onSelect={on.country}
      onYear={on.year}
      onSelectEvent={on.event}
      showTable={mapTable}
      onTable={onMapTable}
    />
  );
  const trade = (
    <TradePanelMemo
      view={tradeView}
      onChange={on.trade}
      selectedEvent={view.event}
      onSelectEvent={on.event}
      showTable={tradeTable}
      onTable={onTradeTable}
      stack={view.stack}
      onStack={on.stack}
      compareValues={compareValues}
      onCompareValues={on.compareValues}
    />
  );
  const timeline = (
    <TimelinePanelMemo
      selectedId={view.event}
      onSelect={on.event}
      kinds={view.kinds}
      involves={view.involves}
      when={view.when}
      q={view.q}
      list={view.list}
      onFilterChange={on.filter}
    />
  );

  if (view.embed) {
    return (
      <main ref={embedRef} className={`embed embed-${view.embed}`}>
        <RejectedParamsNotice setView={setView} />
        {view.embed === 'map' ? map : view.embed === 'trade' ? trade : timeline}
      </main>
    );
  }

  if (view.mode === 'briefing') {
    return (
      <BriefingSlide
        tradeView={tradeView}
        country={view.country}
        measure={view.flow}
        reporter={view.reporter === 'partner' ? 'partner' : 'china'}
        year={view.year}
        map={map}
        chart={trade}
      />
    );
  }

  return (
    <div className="page">
      <DashboardHeader view={view} onTheme={on.theme} onLanguage={on.lang} />
      <RejectedParamsNotice setView={setView} />
      <nav className="section-links" aria-label={t('app.sections')}>
        <a href="#map">{t('app.section.map')}</a>
        <a href="#trade">{t('app.section.trade')}</a>
        <a href="#timeline">{t('app.section.timeline')}</a>
      </nav>
      <main className="dashboard">
        {map}
        {timeline}
        {trade}
      </main>
    </div>
  );
}
