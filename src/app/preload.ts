import type { QueryClient } from '@tanstack/react-query';
import { countriesQuery, eventsQuery, sourcesQuery, topologyQuery, tradeQuery } from '../data/queries';
import { loadCompareView, loadTradeChart } from '../features/trade/chart-code';
import type { ViewState } from './url-state';

type PanelName = 'map' | 'trade' | 'timeline';

/** The panels a view draws: one in an embed, the map and the chart on a briefing slide, else all three. */
export function panelsOf(view: Pick<ViewState, 'embed' | 'mode'>): PanelName[] {
  if (view.embed) return [view.embed];
  return view.mode === 'briefing' ? ['map', 'trade'] : ['map', 'trade', 'timeline'];
}

/**
 * Starts every file and chunk the first view needs before React renders anything, so that they load
 * while the page is built rather than one after the other. Every panel reads the four data files
 * (index.html also preloads them); only the map needs the geometry, only the trade panel its chart.
 */
export function preloadView(client: QueryClient, view: ViewState): void {
  const panels = panelsOf(view);
  // A failure is kept in the query's state, where its panel reads and reports it.
  const ignore = () => undefined;
  void client.query(tradeQuery()).catch(ignore);
  void client.query(countriesQuery()).catch(ignore);
  void client.query(sourcesQuery()).catch(ignore);
  void client.query(eventsQuery()).catch(ignore);
  if (panels.includes('map')) void client.query(topologyQuery()).catch(ignore);
  if (panels.includes('trade')) void (view.chart === 'compare' ? loadCompareView() : loadTradeChart());
}
