import { once } from 'node:events';
import type { Messages } from '@lingui/core';
import { QueryClient } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { prerenderToNodeStream } from 'react-dom/static';
import { LanguageRoot } from '../app/language-root';
import { AppProvider } from '../app/provider';
import { drawOnServer } from '../app/url-state';
import { localiseCountries, localiseEvents } from '../data/localise';
import { parseFetchedFile } from '../data/parse-fetched-file';
import { countriesQuery, eventsQuery, mapShapesQuery, sourcesQuery, tradeQuery } from '../data/queries';
import type { CountriesFile, EventsFile, FetchedFile, SourcesFile, TradeFile } from '../data/schemas';
import type { MapShapes } from '../geo/map-shapes';
import { activateMessages } from '../i18n/i18n';
import { AssumedLayoutContext } from '../lib/assumed-layout';
import { SNAPSHOT_LAYOUTS, type SnapshotLayout } from './snapshot-layouts';

/** The files the default view draws from: the snapshot is shown only when the page is served these. */
export const SNAPSHOT_FILES = [
  'trade.json',
  'countries.json',
  'sources.json',
  'events.json',
  'central-asia.topo.json',
] as const satisfies readonly FetchedFile[];

export type SnapshotTexts = Record<(typeof SNAPSHOT_FILES)[number], string>;

/**
 * A view of SNAPSHOT_LAYOUTS (the default view, the map's embed; English) drawn without a browser, as
 * the app draws it once its data is in: each file checked against its schema as the page checks it (a file that fails throws its
 * DataError), the widths those of `layout`. React's ids are prefixed, so that none repeats the app's
 * while both are in the page.
 */
export async function renderFirstView(
  texts: SnapshotTexts,
  messages: Messages,
  layout: SnapshotLayout,
): Promise<string> {
  activateMessages('en', messages);
  drawOnServer(SNAPSHOT_LAYOUTS[layout].search);
  const client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity, retry: false } } });
  const checked = (file: keyof SnapshotTexts): unknown => parseFetchedFile(file, texts[file]);
  client.setQueryData(tradeQuery().queryKey, checked('trade.json') as TradeFile);
  client.setQueryData(
    countriesQuery('en').queryKey,
    localiseCountries(checked('countries.json') as CountriesFile, 'en'),
  );
  client.setQueryData(eventsQuery('en').queryKey, localiseEvents(checked('events.json') as EventsFile, null));
  client.setQueryData(sourcesQuery().queryKey, checked('sources.json') as SourcesFile);
  client.setQueryData(mapShapesQuery().queryKey, checked('central-asia.topo.json') as MapShapes);
  const page = (
    <AssumedLayoutContext value={SNAPSHOT_LAYOUTS[layout]}>
      <AppProvider client={client}>
        <LanguageRoot />
      </AppProvider>
    </AssumedLayoutContext>
  );
  // The first pass loads what the page loads lazily (its chunks, the chart's code); the second draws it
  // all in one piece. A part still waiting would be drawn as its fallback: then there is no snapshot.
  const { prelude } = await prerenderToNodeStream(page);
  prelude.resume();
  await once(prelude, 'end');
  const markup = renderToString(page, { identifierPrefix: 'snapshot-' });
  if (/<!--\$[?!]-->/.test(markup)) throw new Error('a part of the first view was still loading when it was drawn');
  return markup;
}
