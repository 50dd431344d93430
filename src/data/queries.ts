import { queryOptions } from '@tanstack/react-query';
import './zod-csp';
import { fetchJson } from './fetch-json';
import { CountriesFileSchema, EventsFileSchema, SourcesFileSchema, TopologySchema, TradeFileSchema } from './schemas';
import { parseOffThread as parse } from './validate-off-thread';

export const countriesQuery = () =>
  queryOptions({
    queryKey: ['countries'],
    queryFn: ({ signal }) => fetchJson('countries.json', CountriesFileSchema, { signal, parse }),
  });

export const tradeQuery = () =>
  queryOptions({
    queryKey: ['trade'],
    queryFn: ({ signal }) => fetchJson('trade.json', TradeFileSchema, { signal, parse }),
  });

export const eventsQuery = () =>
  queryOptions({
    queryKey: ['events'],
    queryFn: ({ signal }) => fetchJson('events.json', EventsFileSchema, { signal, parse }),
  });

export const sourcesQuery = () =>
  queryOptions({
    queryKey: ['sources'],
    queryFn: ({ signal }) => fetchJson('sources.json', SourcesFileSchema, { signal, parse }),
  });

export const topologyQuery = () =>
  queryOptions({
    queryKey: ['topology', 'central-asia'],
    queryFn: ({ signal }) => fetchJson('central-asia.topo.json', TopologySchema, { signal, parse }),
  });
