import { queryOptions } from '@tanstack/react-query';
import type { Topology } from 'topojson-specification';
import './zod-csp';
import { z } from 'zod';
import { fetchJson } from './fetch-json';
import { CountriesFileSchema, EventsFileSchema, SourcesFileSchema, TradeFileSchema } from './schemas';

export const countriesQuery = () =>
  queryOptions({
    queryKey: ['countries'],
    queryFn: ({ signal }) => fetchJson('countries.json', CountriesFileSchema, { signal }),
  });

export const tradeQuery = () =>
  queryOptions({
    queryKey: ['trade'],
    queryFn: ({ signal }) => fetchJson('trade.json', TradeFileSchema, { signal }),
  });

export const eventsQuery = () =>
  queryOptions({
    queryKey: ['events'],
    queryFn: ({ signal }) => fetchJson('events.json', EventsFileSchema, { signal }),
  });

export const sourcesQuery = () =>
  queryOptions({
    queryKey: ['sources'],
    queryFn: ({ signal }) => fetchJson('sources.json', SourcesFileSchema, { signal }),
  });

/** Only the outline of a TopoJSON file is checked here; its geometry is built by `npm run geo`. */
const TopologySchema = z
  .looseObject({
    type: z.literal('Topology'),
    arcs: z.array(z.array(z.array(z.number()))),
    objects: z.looseObject({
      countries: z.looseObject({ type: z.literal('GeometryCollection'), geometries: z.array(z.looseObject({})) }),
    }),
  })
  .transform((value) => value as unknown as Topology);

export const topologyQuery = () =>
  queryOptions({
    queryKey: ['topology', 'central-asia'],
    queryFn: ({ signal }) => fetchJson('central-asia.topo.json', TopologySchema, { signal }),
  });
