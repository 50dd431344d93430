import { geoPath, type GeoProjection } from 'd3-geo';
import type { FeatureCollection } from 'geojson';
import type { GeographyProps } from 'react-simple-maps';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';

export type CountryGeography = GeographyProps['geography'];

/**
 * The countries of the topology with their SVG paths for a projection, as react-simple-maps' <Geography>
 * draws them. Computed here once per topology and projection: <Geographies> would serialise the whole
 * topology on every render, build meshes the map does not draw, and add a render before the first shape.
 */
export function countryGeographies(topology: Topology, projection: GeoProjection): CountryGeography[] {
  const countries = topology.objects.countries;
  if (!countries) return [];
  const collection = feature(topology, countries) as FeatureCollection;
  // A tenth of a map unit (under 0.2 px at the map's widest) is finer than the eye sees; the paths are
  // a quarter shorter than with d3's default three decimals.
  const path = geoPath(projection).digits(1);
  return collection.features.map((shape, index) => ({ ...shape, rsmKey: `geo-${index}`, svgPath: path(shape) }));
}
