import { useEffect } from 'react';
import { DashboardHeader } from './dashboard-header';
import { MapPanel } from '../features/map/components/map-panel';
import { TimelinePanel } from '../features/timeline/components/timeline-panel';
import { TradePanel, type TradeView } from '../features/trade/components/trade-panel';
import { useViewState } from './use-view-state';

export function App() {
  const [view, setView] = useViewState();

  useEffect(() => {
    document.documentElement.dataset.theme = view.theme;
  }, [view.theme]);

  const tradeView: TradeView = {
    country: view.country,
    measure: view.flow,
    reporter: view.reporter,
    from: view.from,
    to: view.to,
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
  const trade = <TradePanel view={tradeView} onChange={onTradeChange} animate={view.mode !== 'briefing'} />;
  const timeline = <TimelinePanel selectedId={view.event} onSelect={(event) => setView({ event })} />;

  if (view.embed) {
    return (
      <main className={`embed embed-${view.embed}`}>
        {view.embed === 'map' ? map : view.embed === 'trade' ? trade : timeline}
      </main>
    );
  }

  return (
    <div className="page">
      <DashboardHeader />
      <main className="dashboard">
        {map}
        {timeline}
        {trade}
      </main>
    </div>
  );
}
