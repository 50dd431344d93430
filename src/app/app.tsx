import { useEffect, useRef } from 'react';
import { MapPanel } from '../features/map/components/map-panel';
import { TimelinePanel } from '../features/timeline/components/timeline-panel';
import { TradePanel, type TradeView } from '../features/trade/components/trade-panel';
import { BriefingView } from './briefing-view';
import { DashboardHeader } from './dashboard-header';
import { useRenderComplete } from './use-render-complete';
import { useReportHeight } from './use-report-height';
import { useViewState } from './use-view-state';

export function App() {
  const [view, setView] = useViewState();
  const embedRef = useRef<HTMLElement>(null);
  useRenderComplete();
  useReportHeight(embedRef, view.embed);

  useEffect(() => {
    const root = document.documentElement;
    root.dataset.theme = view.theme;
    root.dataset.mode = view.mode ?? (view.embed ? 'embed' : 'page');
    root.classList.toggle('transparent', view.embed !== null && view.transparent);
  }, [view.theme, view.mode, view.embed, view.transparent]);

  const tradeView: TradeView = {
    country: view.country,
    measure: view.flow,
    reporter: view.reporter,
    from: view.from,
    to: view.to,
    year: view.year,
    chart: view.chart,
  };
  const onTradeChange = (patch: Partial<TradeView>) => {
    const { measure, ...rest } = patch;
    setView(measure ? { ...rest, flow: measure } : rest);
  };

  const map = (
    <MapPanel
      selected={view.country}
      year={view.year}
      measure={view.flow}
      reporter={view.reporter}
      selectedEvent={view.event}
      onSelect={(country) => setView({ country })}
      onYear={(year) => setView({ year })}
      onSelectEvent={(event) => setView({ event })}
    />
  );
  const trade = (
    <TradePanel
      view={tradeView}
      onChange={onTradeChange}
      animate={view.mode !== 'briefing'}
      selectedEvent={view.event}
      onSelectEvent={(event) => setView({ event })}
    />
  );
  const timeline = (
    <TimelinePanel
      selectedId={view.event}
      onSelect={(event) => setView({ event })}
      kinds={view.kinds}
      involves={view.involves}
      onFilterChange={(patch) => setView(patch)}
    />
  );

  if (view.embed) {
    return (
      <main ref={embedRef} className={`embed embed-${view.embed}`}>
        {view.embed === 'map' ? map : view.embed === 'trade' ? trade : timeline}
      </main>
    );
  }

  if (view.mode === 'briefing') {
    return (
      <BriefingView
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
      <DashboardHeader view={view} onTheme={(theme) => setView({ theme })} />
      <main className="dashboard">
        {map}
        {timeline}
        {trade}
      </main>
    </div>
  );
}
