import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { DataFileName } from './schemas';
import { loadFile } from './load-file';

export const countriesQuery = () =>
  queryOptions({
    queryKey: ['countries'],
    queryFn: ({ signal }) => loadFile('countries.json', signal),
  });

export const tradeQuery = () =>
  queryOptions({
    queryKey: ['trade'],
    queryFn: ({ signal }) => loadFile('trade.json', signal),
  });

export const eventsQuery = () =>
  queryOptions({
    queryKey: ['events'],
    queryFn: ({ signal }) => loadFile('events.json', signal),
  });

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

/** Any data file through its query (the cached copy when there is one), for the data downloads. */
export function queryDataFile(client: QueryClient, file: DataFileName): Promise<unknown> {
  switch (file) {
    case 'countries.json':
      return client.query(countriesQuery());
    case 'trade.json':
      return client.query(tradeQuery());
    case 'events.json':
      return client.query(eventsQuery());
    case 'sources.json':
      return client.query(sourcesQuery());
    case 'partners.json':
      return client.query(partnersQuery());
    case 'revisions.json':
      return client.query(revisionsQuery());
  }
}
