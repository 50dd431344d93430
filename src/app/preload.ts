import type { QueryClient } from '@tanstack/react-query';
import { countriesQuery, eventsQuery, sourcesQuery, topologyQuery, tradeQuery } from '../data/queries';
import { startValidation } from '../data/validate-off-thread';
import { loadChartCode } from '../features/trade/chart-code';
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
 * Resolves when all have settled, loaded or failed: a failure is kept in its query's state, where its
 * panel reads and reports it.
 */
export function preloadView(client: QueryClient, view: ViewState): Promise<unknown> {
  const panels = panelsOf(view);
  startValidation();
  return Promise.allSettled([
    client.query(tradeQuery()),
    client.query(countriesQuery()),
    client.query(sourcesQuery()),
    client.query(eventsQuery()),
    panels.includes('map') ? client.query(topologyQuery()) : null,
    panels.includes('trade') ? loadChartCode(view.chart) : null,
  ]);
}
