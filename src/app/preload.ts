import type { QueryClient } from '@tanstack/react-query';
import { countriesQuery, eventsQuery, sourcesQuery, topologyQuery, tradeQuery } from '../data/queries';
import { filesOf } from './panels';
import { startChartCode, startData } from './start-loading';
import type { ViewState } from './url-state';

/**
 * Hands the view's loads (started by src/boot.ts, or here when called alone) to their
 * queries before React renders, so that a file already in is in the cache for the first render.
 * Resolves when all have settled, loaded or failed: a failure is kept in its query's state, where its
 * panel reads and reports it.
 */
export function preloadView(client: QueryClient, view: ViewState): Promise<unknown> {
  startData(view);
  startChartCode(view);
  const withMap = filesOf(view).includes('central-asia.topo.json');
  return Promise.allSettled([
    client.query(tradeQuery()),
    client.query(countriesQuery()),
    client.query(sourcesQuery()),
    client.query(eventsQuery()),
    withMap ? client.query(topologyQuery()) : null,
  ]);
}
