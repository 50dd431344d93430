import { geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { NARROW_LAYOUT, regionProjection, WIDE_LAYOUT, type MapLayout } from './map-projection';

/** A country as the map draws it: its outline as an SVG path in one layout's coordinates. */
export interface MapShape {
  /** The country's place in the file: the same in every layout. */
  key: string;
  iso3: string | null;
  path: string;
}

/** The countries drawn for each of the map's layouts. */
export type MapShapes = Readonly<Record<MapLayout['name'], readonly MapShape[]>>;

/** The countries of the topology as GeoJSON features. */
export function countryFeatures(topology: Topology): Feature[] {
  const countries = topology.objects.countries;
  return countries ? (feature(topology, countries) as FeatureCollection).features : [];
}

/** Each feature's outline in the projection's coordinates; a feature wholly outside the projection is left out. */
export function drawShapes(features: readonly Feature[], projection: GeoProjection): MapShape[] {
  // A tenth of a map unit (under 0.2 px at the map's widest) is finer than the eye sees; the paths are
  // a quarter shorter than with d3's default three decimals.
  const path = geoPath(projection).digits(1);
  return features.flatMap((shape, index) => {
    const d = path(shape);
    const iso3 = (shape.properties as { iso3?: string | null } | null)?.iso3 ?? null;
    return d ? [{ key: `geo-${index}`, iso3, path: d }] : [];
  });
}

/**
 * The topology's countries drawn for both layouts. It runs where the file is checked, in the worker
 * (src/data/parse-fetched-file.ts): decoding the arcs and projecting them took the page's thread over
 * 100 ms on a slow phone, in the middle of the first render. The second layout costs the worker a
 * little and spares a phone turned sideways the same work.
 */
export function mapShapes(topology: Topology): MapShapes {
  const features = countryFeatures(topology);
  return {
    wide: drawShapes(features, regionProjection(WIDE_LAYOUT)),
    narrow: drawShapes(features, regionProjection(NARROW_LAYOUT)),
  };
}
