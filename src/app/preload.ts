import type { QueryClient } from '@tanstack/react-query';
import { countriesQuery, eventsQuery, mapShapesQuery, partnersQuery, sourcesQuery, tradeQuery } from '../data/queries';
import { viewLanguage } from '../i18n/languages';
import { filesOf } from './panels';
import type { ViewState } from './url-state';

/**
 * Hands the view's files to their queries before React renders: each takes the load src/boot.ts
 * started (or starts one), so that a file already in is in the cache for the first render.
 * Resolves when all have settled, loaded or failed: a failure is kept in its query's state, where its
 * panel reads and reports it.
 */
export function preloadView(client: QueryClient, view: ViewState): Promise<unknown> {
  const files = filesOf(view);
  const withMap = files.includes('central-asia.topo.json');
  // Before the language's messages are active: the view says which it is.
  const language = viewLanguage(view.lang);
  return Promise.allSettled([
    client.query(tradeQuery()),
    client.query(countriesQuery(language)),
    client.query(sourcesQuery()),
    client.query(eventsQuery(language)),
    withMap ? client.query(mapShapesQuery()) : null,
    files.includes('partners.json') ? client.query(partnersQuery()) : null,
  ]);
}
