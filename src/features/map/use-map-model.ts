import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { countriesQuery, eventsQuery, sourcesQuery, mapShapesQuery, tradeQuery } from '../../data/queries';
import { annualYearRange, latestYearWith } from '../../data/selectors';
import { type Measure, PARTNERS, type Reporter } from '../../data/codes';
import type { CountriesFile, EventsFile, Source, SourcesFile, TradeFile } from '../../data/schemas';
import { countryFigures, type CountryFigure } from './country-figures';
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
  sourcesById: Map<string, Source>;
  places: MeetingPlace[];
}

export interface MapInputs {
  trade: TradeFile | undefined;
  countries: CountriesFile | undefined;
  sources: SourcesFile | undefined;
  events: EventsFile | undefined;
}

/** Everything the map shows for a year, measure and reporter, derived from the loaded files. */
export function mapModel(year: number | null, measure: Measure, reporter: Reporter, files: MapInputs): MapModel {
  const { trade } = files;
  const range = trade ? annualYearRange(trade) : null;
  const shownYear = year ?? (trade ? latestYearWith(trade, PARTNERS, reporter, measure) : null) ?? range?.last ?? null;
  const figures = trade && shownYear !== null ? countryFigures(trade, reporter, shownYear, measure) : [];
  const used = new Set(figures.flatMap((f) => f.observations.map((o) => o.source)));
  const allSources = files.sources?.sources ?? [];
  const list = files.countries?.countries ?? [];
  return {
    year: shownYear,
    years: range ? Array.from({ length: range.last - range.first + 1 }, (_, i) => range.last - i) : [],
    scale: colourScale(measure),
    figures,
    names: new Map(list.map((c) => [c.iso3, c.name.en])),
    capitals: list
      .filter((c) => c.role === 'partner')
      .map((c) => ({ iso3: c.iso3, name: c.capital.name, coordinates: c.capital.coordinates })),
    sources: allSources.filter((s) => used.has(s.id)),
    sourcesById: new Map(allSources.map((s) => [s.id, s])),
    places: files.events ? meetingPlaces(files.events.events) : [],
  };
}

/** The map's model from the loaded files, and the drawn shapes. */
export function useMapModel(year: number | null, measure: Measure, reporter: Reporter) {
  const shapes = useQuery(mapShapesQuery());
  const trade = useQuery(tradeQuery());
  const countries = useQuery(countriesQuery());
  const sources = useQuery(sourcesQuery());
  const events = useQuery(eventsQuery());

  const model = useMemo(
    () =>
      mapModel(year, measure, reporter, {
        trade: trade.data,
        countries: countries.data,
        sources: sources.data,
        events: events.data,
      }),
    [year, measure, reporter, trade.data, countries.data, sources.data, events.data],
  );

  return {
    model,
    shapes: shapes.data,
    error: shapes.error ?? trade.error,
    ready: Boolean(shapes.data && trade.data),
  };
}
