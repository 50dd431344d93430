import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { countriesQuery, eventsQuery, sourcesQuery, mapShapesQuery, tradeQuery } from '../../data/queries';
import { annualYearRange, latestYearWith } from '../../data/selectors';
import { type Measure, PARTNERS, type Reporter } from '../../data/codes';
import type { Source } from '../../data/schemas';
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

/** Everything the map shows for a year, measure and reporter, derived from the loaded files. */
export function useMapModel(year: number | null, measure: Measure, reporter: Reporter) {
  const shapes = useQuery(mapShapesQuery());
  const trade = useQuery(tradeQuery());
  const countries = useQuery(countriesQuery());
  const sources = useQuery(sourcesQuery());
  const events = useQuery(eventsQuery());

  const model = useMemo<MapModel>(() => {
    const range = trade.data ? annualYearRange(trade.data) : null;
    const shownYear =
      year ?? (trade.data ? latestYearWith(trade.data, PARTNERS, reporter, measure) : null) ?? range?.last ?? null;
    const figures = trade.data && shownYear !== null ? countryFigures(trade.data, reporter, shownYear, measure) : [];
    const used = new Set(figures.flatMap((f) => f.observations.map((o) => o.source)));
    const allSources = sources.data?.sources ?? [];
    const list = countries.data?.countries ?? [];
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
      places: events.data ? meetingPlaces(events.data.events) : [],
    };
  }, [year, measure, reporter, trade.data, countries.data, sources.data, events.data]);

  return {
    model,
    shapes: shapes.data,
    error: shapes.error ?? trade.error,
    ready: Boolean(shapes.data && trade.data),
  };
}
