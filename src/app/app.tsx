import { useEffect } from 'react';
import type { ReporterChoice } from './url-state';
import { DashboardHeader } from './dashboard-header';
import { MapPanel } from '../features/map/components/map-panel';
import { TimelinePanel } from '../features/timeline/components/timeline-panel';
import { TradePanel, type TradeView } from '../features/trade/components/trade-panel';
import { useViewState } from './use-view-state';

/** The map shows one reporter at a time: China's figures when both are asked for. */
const mapReporter = (choice: ReporterChoice) => (choice === 'partner' ? 'partner' : 'china');

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
      reporter={mapReporter(view.reporter)}
      onSelect={(country) => setView({ country })}
      onYear={(year) => setView({ year })}
    />
  );
  const trade = <TradePanel view={tradeView} onChange={onTradeChange} animate={view.mode !== 'briefing'} />;
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
