import { geoArea, geoBounds } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { feature, neighbors } from 'topojson-client';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildCentralAsiaTopology,
  CLIP_BOX,
  CORE_COUNTRIES,
  MAX_GZIP_BYTES,
  readWorldAtlas,
  type BuildResult,
  type CountryProperties,
} from './build-geo.ts';

let result: BuildResult;
let features: Feature<Polygon | MultiPolygon, CountryProperties>[];

beforeAll(() => {
  result = buildCentralAsiaTopology(readWorldAtlas());
  const collection = feature(result.topology, result.topology.objects.countries);
  features = collection.features as Feature<Polygon | MultiPolygon, CountryProperties>[];
});

function positions(f: Feature<Polygon | MultiPolygon>): Position[] {
  return f.geometry.type === 'Polygon' ? f.geometry.coordinates.flat() : f.geometry.coordinates.flat(2);
}

describe('build-geo', () => {
  it('has exactly one object, `countries`, with the six core countries and their alpha-3 codes', () => {
    expect(Object.keys(result.topology.objects)).toEqual(['countries']);
    expect(result.topology.objects.countries.type).toBe('GeometryCollection');
    for (const [id, iso3] of Object.entries(CORE_COUNTRIES)) {
      const country = features.find((f) => f.id === id);
      expect(country, `country ${id}`).toBeDefined();
      expect(country?.properties.iso3).toBe(iso3);
      expect(country?.properties.name).toEqual(expect.any(String));
    }
  });

  it('keeps the context neighbours', () => {
    const iso3s = new Set(features.map((f) => f.properties.iso3));
    for (const iso3 of ['RUS', 'MNG', 'AFG', 'IRN', 'PAK', 'IND', 'AZE']) expect(iso3s).toContain(iso3);
  });

  it('has no inverted rings: every geometry covers less than one steradian', () => {
    for (const f of features) {
      const area = geoArea(f);
      expect(area, f.properties.name).toBeGreaterThan(0);
      expect(area, f.properties.name).toBeLessThan(1);
    }
  });

  it('lies within the clip box', () => {
    const [west, south, east, north] = CLIP_BOX;
    const eps = 1e-9; // quantization rounding
    for (const f of features) {
      for (const [x = NaN, y = NaN] of positions(f)) {
        expect(x, f.properties.name).toBeGreaterThanOrEqual(west - eps);
        expect(x, f.properties.name).toBeLessThanOrEqual(east + eps);
        expect(y, f.properties.name).toBeGreaterThanOrEqual(south - eps);
        expect(y, f.properties.name).toBeLessThanOrEqual(north + eps);
      }
      // Spherically too: edges along the box's parallels are densified, so they do not bulge past it.
      const [[x0, y0], [x1, y1]] = geoBounds(f);
      expect(x0).toBeGreaterThanOrEqual(west - 0.01);
      expect(x1).toBeLessThanOrEqual(east + 0.01);
      expect(y0).toBeGreaterThanOrEqual(south - 0.01);
      expect(y1).toBeLessThanOrEqual(north + 0.01);
    }
  });

  it('keeps shared borders shared after clipping', () => {
    const adjacency: number[][] = neighbors(result.topology.objects.countries.geometries);
    const index = (iso3: string) => features.findIndex((f) => f.properties.iso3 === iso3); // same order as the geometries
    const neighboursOf = (iso3: string) =>
      new Set((adjacency[index(iso3)] ?? []).map((i) => features[i]?.properties.iso3));
    expect(neighboursOf('KAZ')).toEqual(new Set(['CHN', 'KGZ', 'RUS', 'TKM', 'UZB']));
    expect(neighboursOf('RUS')).toContain('MNG'); // their border crosses the east edge of the box
  });

  it('keeps the Fergana valley enclaves', () => {
    const kyrgyzstan = features.find((f) => f.properties.iso3 === 'KGZ');
    const rings =
      kyrgyzstan?.geometry.type === 'Polygon'
        ? kyrgyzstan.geometry.coordinates
        : kyrgyzstan?.geometry.coordinates.flat();
    expect(rings?.length ?? 0).toBeGreaterThanOrEqual(4); // the exterior and three enclaves (Sokh, Shakhimardan, Vorukh)
  });

  it('fits the gzip budget and is deterministic', () => {
    expect(result.gzipBytes).toBeLessThanOrEqual(MAX_GZIP_BYTES);
    expect(buildCentralAsiaTopology(readWorldAtlas()).json).toBe(result.json);
  });
});
