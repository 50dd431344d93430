import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { activeLanguage } from '../i18n/i18n';
import type { Language } from '../i18n/languages';
import { DataError } from './data-error';
import type { DataFileName, EventWordsFile } from './schemas';
import { loadFile } from './load-file';
import { localiseCountries, localiseEvents } from './localise';

/** The countries, their capitals named in the language shown (localise.ts). */
export const countriesQuery = (language: Language = activeLanguage()) =>
  queryOptions({
    queryKey: ['countries', language],
    queryFn: async ({ signal }) => localiseCountries(await loadFile('countries.json', signal), language),
  });

export const tradeQuery = () =>
  queryOptions({
    queryKey: ['trade'],
    queryFn: ({ signal }) => loadFile('trade.json', signal),
  });

/** The events, in the words of the language shown where events.<language>.json gives them (localise.ts). */
export const eventsQuery = (language: Language = activeLanguage()) =>
  queryOptions({
    queryKey: ['events', language],
    queryFn: async ({ signal }) => {
      const [file, words] = await Promise.all([
        loadFile('events.json', signal),
        language === 'en' ? null : eventWords(language, signal),
      ]);
      return localiseEvents(file, words);
    },
  });

/** A dataset may leave a language's words out: its events are then in English. A file that is there must be valid. */
async function eventWords(language: Exclude<Language, 'en'>, signal: AbortSignal): Promise<EventWordsFile | null> {
  try {
    return await loadFile(`events.${language}.json`, signal);
  } catch (error) {
    if (error instanceof DataError && error.kind === 'missing') return null;
    throw error;
  }
}

export const sourcesQuery = () =>
  queryOptions({
    queryKey: ['sources'],
    queryFn: ({ signal }) => loadFile('sources.json', signal),
  });

/** Each state's trade by counterpart: fetched only by the views that show it. */
export const partnersQuery = () =>
  queryOptions({
    queryKey: ['partners'],
    queryFn: ({ signal }) => loadFile('partners.json', signal),
  });

/** The log of changes to published figures and events: fetched once the page is up, never on the first view's path. */
export const revisionsQuery = () =>
  queryOptions({
    queryKey: ['revisions'],
    queryFn: ({ signal }) => loadFile('revisions.json', signal),
  });

/**
 * The map's countries, drawn from the TopoJSON file for each layout (parse-fetched-file.ts). Only the
 * file's outline is checked (schemas.ts); its geometry is built by `npm run geo`.
 */
export const mapShapesQuery = () =>
  queryOptions({
    queryKey: ['map-shapes', 'central-asia'],
    queryFn: ({ signal }) => loadFile('central-asia.topo.json', signal),
  });

/**
 * Any data file through its query (the cached copy when there is one), for the data downloads; the
 * countries and the events as the files hold them, in English, not as the page shows them.
 */
export function queryDataFile(client: QueryClient, file: DataFileName): Promise<unknown> {
  switch (file) {
    case 'countries.json':
      return client.query(countriesQuery('en'));
    case 'trade.json':
      return client.query(tradeQuery());
    case 'events.json':
      return client.query(eventsQuery('en'));
    case 'sources.json':
      return client.query(sourcesQuery());
    case 'partners.json':
      return client.query(partnersQuery());
    case 'revisions.json':
      return client.query(revisionsQuery());
  }
}
