/**
 * The views' hooks on the data files: one query per file (queries.ts), and where a view needs a slice of a
 * file, TanStack Query's `select`, which derives it once per file and keeps its identity between renders.
 */
import { useQuery } from '@tanstack/react-query';
import { inLanguage } from '../i18n/i18n';
import { PARTNERS, type Partner } from './codes';
import { meetingsInOrder } from './event-order';
import { countriesQuery, eventsQuery, sourcesQuery, tradeQuery } from './queries';
import type { CaEvent, CountriesFile, Source, SourcesFile } from './schemas';

export type PartnerNames = Readonly<Record<Partner, string>>;

/** The five's names in the language shown; a partner the file does not name keeps its code. */
export function partnerNames(file: CountriesFile): PartnerNames {
  const byIso = new Map(file.countries.map((c) => [c.iso3, inLanguage(c.name)]));
  return Object.fromEntries(PARTNERS.map((p) => [p, byIso.get(p) ?? p])) as Record<Partner, string>;
}

export const sourcesById = (file: SourcesFile): ReadonlyMap<string, Source> =>
  new Map(file.sources.map((s) => [s.id, s]));

/** Until countries.json is in, the codes stand for the names. */
const CODES_AS_NAMES = Object.fromEntries(PARTNERS.map((p) => [p, p])) as PartnerNames;
const NO_SOURCES: ReadonlyMap<string, Source> = new Map();
const NO_EVENTS: readonly CaEvent[] = [];

export const useTradeFile = () => useQuery(tradeQuery());

export function usePartnerNames(): PartnerNames {
  return useQuery({ ...countriesQuery(), select: partnerNames }).data ?? CODES_AS_NAMES;
}

export function useSourcesById(): ReadonlyMap<string, Source> {
  return useQuery({ ...sourcesQuery(), select: sourcesById }).data ?? NO_SOURCES;
}

/** The foreign ministers' meetings and the summits, in date order; none until events.json is in. */
export function useMeetings(): readonly CaEvent[] {
  return useQuery({ ...eventsQuery(), select: meetingsInOrder }).data ?? NO_EVENTS;
}
