import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import topologyText from '../../data/central-asia.topo.json?raw';
import { PARTNERS } from '../data/codes';
import { NARROW_LAYOUT, regionProjection, WIDE_LAYOUT } from './map-projection';
import { countryFeatures, drawShapes, mapShapes } from './map-shapes';

const topology = JSON.parse(topologyText) as Topology;
const xsOf = (path: string) => [...path.matchAll(/[ML]?(-?[\d.]+),(-?[\d.]+)/g)].map((m) => Number(m[1]));

describe('mapShapes', () => {
  const shapes = mapShapes(topology);

  it('gives every country of the file a path in each layout, with a unique key', () => {
    const countries = topology.objects.countries as { geometries: unknown[] };
    for (const layout of [shapes.wide, shapes.narrow]) {
      expect(layout).toHaveLength(countries.geometries.length);
      expect(new Set(layout.map((s) => s.key)).size).toBe(layout.length);
      for (const shape of layout) expect(shape.path).toMatch(/^M[\d.-]/);
    }
  });

  it('keeps each country under the same key in both layouts', () => {
    const byKey = new Map(shapes.wide.map((s) => [s.key, s.iso3]));
    for (const shape of shapes.narrow) expect(byKey.get(shape.key)).toBe(shape.iso3);
  });

  it('draws the five states and China inside the wide frame', () => {
    const drawn = shapes.wide.map((s) => s.iso3);
    for (const code of [...PARTNERS, 'CHN']) expect(drawn).toContain(code);
    const xs = xsOf(shapes.wide.find((s) => s.iso3 === 'KAZ')?.path ?? '');
    expect(Math.min(...xs)).toBeGreaterThan(0);
    expect(Math.max(...xs)).toBeLessThan(WIDE_LAYOUT.width);
  });

  it('draws each layout in its own coordinates', () => {
    const xs = xsOf(shapes.narrow.find((s) => s.iso3 === 'KAZ')?.path ?? '');
    expect(Math.max(...xs)).toBeLessThan(NARROW_LAYOUT.width);
    expect(shapes.narrow.find((s) => s.iso3 === 'KAZ')?.path).not.toBe(shapes.wide.find((s) => s.iso3 === 'KAZ')?.path);
  });

  it('writes coordinates to a tenth of a map unit', () => {
    for (const shape of shapes.wide) expect(shape.path).not.toMatch(/\.\d\d/);
  });

  it('loses no point by drawing without adaptive resampling', () => {
    const points = (path: string) => path.split(/[MLZ]/).filter(Boolean).length;
    const resampled = drawShapes(countryFeatures(topology), regionProjection(WIDE_LAYOUT).precision(Math.SQRT1_2));
    expect(resampled.map((s) => points(s.path))).toEqual(shapes.wide.map((s) => points(s.path)));
  });

  it('leaves out a country the projection cannot draw, and a topology without countries draws nothing', () => {
    const nowhere = {
      type: 'Feature' as const,
      properties: { iso3: 'XXX' },
      geometry: { type: 'Polygon' as const, coordinates: [] },
    };
    expect(drawShapes([nowhere], regionProjection(WIDE_LAYOUT))).toEqual([]);
    expect(mapShapes({ type: 'Topology', objects: {}, arcs: [] })).toEqual({ wide: [], narrow: [] });
  });
});
