import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import {
  countriesQuery,
  eventsQuery,
  mapShapesQuery,
  partnersQuery,
  sourcesQuery,
  tradeQuery,
} from '../../data/queries';
import { annualYearRange, latestYearWith } from '../../data/selectors';
import { type MapMeasure, PARTNERS, type Reporter } from '../../data/codes';
import type { CountriesFile, EventsFile, PartnersFile, Source, SourcesFile, TradeFile } from '../../data/schemas';
import { partnerYears } from '../../data/partner-shares';
import { inLanguage } from '../../i18n/i18n';
import { chinaShareFigures, countryFigures, type CountryFigure } from './country-figures';
import { colourScale } from './map-scale';
import { meetingPlaces, type MeetingPlace } from './meeting-places';

export interface MapModel {
  year: number | null;
  years: number[];
  scale: ReturnType<typeof colourScale>;
  figures: CountryFigure[];
  names: Map<string, string>;
  capitals: { iso3: string; name: string; coordinates: [number, number] }[];
  /** Every source behind the figures shown, in file order. */
  sources: Source[];
  /** Source ids the figures name that sources.json lacks. */
  missingSources: string[];
  sourcesById: Map<string, Source>;
  places: MeetingPlace[];
}

export interface MapInputs {
  trade: TradeFile | undefined;
  /** Needed for China's share only. */
  partners?: PartnersFile | undefined;
  countries: CountriesFile | undefined;
  sources: SourcesFile | undefined;
  events: EventsFile | undefined;
}

/** Everything the map shows for a year, measure and reporter, derived from the loaded files. */
export function mapModel(year: number | null, measure: MapMeasure, reporter: Reporter, files: MapInputs): MapModel {
  const { trade, partners } = files;
  const share = measure === 'china_share';
  const tradeMeasure = share ? null : measure;
  const range = share ? (partners ? partnerYears(partners) : null) : trade ? annualYearRange(trade) : null;
  // Looked for only when the link names no year: a change of year must not scan every year again.
  const latest = () =>
    share
      ? partners && range
        ? bestShareYear(partners, range)
        : null
      : trade && tradeMeasure
        ? latestYearWith(trade, PARTNERS, reporter, tradeMeasure)
        : null;
  const shownYear = year ?? latest() ?? range?.last ?? null;
  const figures =
    shownYear === null
      ? []
      : share
        ? partners
          ? chinaShareFigures(partners, shownYear)
          : []
        : trade && tradeMeasure
          ? countryFigures(trade, reporter, shownYear, tradeMeasure)
          : [];
  const used = new Set(figures.flatMap((f) => f.sources));
  const allSources = files.sources?.sources ?? [];
  const list = files.countries?.countries ?? [];
  return {
    year: shownYear,
    years: range ? Array.from({ length: range.last - range.first + 1 }, (_, i) => range.last - i) : [],
    scale: colourScale(measure),
    figures,
    names: new Map(list.map((c) => [c.iso3, inLanguage(c.name)])),
    capitals: list
      .filter((c) => c.role === 'partner')
      .map((c) => ({ iso3: c.iso3, name: c.capital.name, coordinates: c.capital.coordinates })),
    sources: allSources.filter((s) => used.has(s.id)),
    missingSources: allSources.length > 0 ? [...used].filter((id) => !allSources.some((s) => s.id === id)) : [],
    sourcesById: new Map(allSources.map((s) => [s.id, s])),
    places: files.events ? meetingPlaces(files.events.events) : [],
  };
}

/** The latest year in which as many states have China's share as in any year: not a year of one state's release. */
function bestShareYear(file: PartnersFile, range: { first: number; last: number }): number | null {
  let best: { year: number; count: number } | null = null;
  for (let year = range.first; year <= range.last; year++) {
    const count = chinaShareFigures(file, year).filter((f) => f.value !== null).length;
    if (count > 0 && (!best || count >= best.count)) best = { year, count };
  }
  return best?.year ?? null;
}

/** The map's model from the loaded files, and the drawn shapes. */
export function useMapModel(year: number | null, measure: MapMeasure, reporter: Reporter) {
  const shapes = useQuery(mapShapesQuery());
  const partners = useQuery({ ...partnersQuery(), enabled: measure === 'china_share' });
  const trade = useQuery(tradeQuery());
  const countries = useQuery(countriesQuery());
  const sources = useQuery(sourcesQuery());
  const events = useQuery(eventsQuery());

  const model = useMemo(
    () =>
      mapModel(year, measure, reporter, {
        trade: trade.data,
        partners: partners.data,
        countries: countries.data,
        sources: sources.data,
        events: events.data,
      }),
    [year, measure, reporter, trade.data, partners.data, countries.data, sources.data, events.data],
  );

  return {
    model,
    shapes: shapes.data,
    error: shapes.error ?? trade.error ?? (measure === 'china_share' ? partners.error : null),
    ready: Boolean(shapes.data && trade.data && (measure !== 'china_share' || partners.data)),
    /** Loads again the files that failed. */
    retry: () => {
      for (const query of [shapes, trade, partners]) if (query.isError) void query.refetch();
    },
  };
}
