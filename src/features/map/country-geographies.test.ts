import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import topologyText from '../../../data/central-asia.topo.json?raw';
import { PARTNERS } from '../../data/schemas';
import { countryGeographies } from './country-geographies';
import { NARROW_LAYOUT, regionProjection, WIDE_LAYOUT } from './map-projection';

const topology = JSON.parse(topologyText) as Topology;
const iso3 = (g: { properties: unknown }) => (g.properties as { iso3?: string }).iso3;

describe('countryGeographies', () => {
  const shapes = countryGeographies(topology, regionProjection(WIDE_LAYOUT));

  it('gives every country of the file a path, with a unique key', () => {
    const countries = topology.objects.countries as { geometries: unknown[] };
    expect(shapes).toHaveLength(countries.geometries.length);
    expect(new Set(shapes.map((s) => s.rsmKey)).size).toBe(shapes.length);
    for (const shape of shapes) expect(shape.svgPath).toMatch(/^M[\d.-]/);
  });

  it('draws the five states and China inside the wide frame', () => {
    const drawn = shapes.map(iso3);
    for (const code of [...PARTNERS, 'CHN']) expect(drawn).toContain(code);
    const kazakhstan = shapes.find((s) => iso3(s) === 'KAZ')?.svgPath ?? '';
    const xs = [...kazakhstan.matchAll(/[ML]?(-?[\d.]+),(-?[\d.]+)/g)].map((m) => Number(m[1]));
    expect(Math.min(...xs)).toBeGreaterThan(0);
    expect(Math.max(...xs)).toBeLessThan(WIDE_LAYOUT.width);
  });

  it('writes coordinates to a tenth of a map unit', () => {
    for (const shape of shapes) expect(shape.svgPath).not.toMatch(/\.\d\d/);
  });

  it('loses no point by drawing without adaptive resampling', () => {
    const points = (path: string | null | undefined) => (path ?? '').split(/[MLZ]/).filter(Boolean).length;
    const resampled = countryGeographies(topology, regionProjection(WIDE_LAYOUT).precision(Math.SQRT1_2));
    expect(resampled.map((s) => points(s.svgPath))).toEqual(shapes.map((s) => points(s.svgPath)));
  });

  it('follows the projection: the phone layout gives other paths', () => {
    const narrow = countryGeographies(topology, regionProjection(NARROW_LAYOUT));
    expect(narrow.find((s) => iso3(s) === 'KAZ')?.svgPath).not.toBe(shapes.find((s) => iso3(s) === 'KAZ')?.svgPath);
  });
});
