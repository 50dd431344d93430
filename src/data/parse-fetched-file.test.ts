import { describe, expect, it } from 'vitest';
import topologyText from '../../data/central-asia.topo.json?raw';
import { DataError } from './data-error';
import { parseFetchedFile, type LoadedData } from './parse-fetched-file';

describe('parseFetchedFile', () => {
  it('hands the map’s geometry over drawn: an SVG path per country for each layout', () => {
    const shapes = parseFetchedFile('central-asia.topo.json', topologyText) as LoadedData['central-asia.topo.json'];
    expect(shapes.wide.find((s) => s.iso3 === 'UZB')?.path).toMatch(/^M/);
    expect(shapes.narrow.length).toBe(shapes.wide.length);
  });

  it('reports geometry that passes the outline check but cannot be drawn against the file and its countries', () => {
    const broken = JSON.stringify({
      type: 'Topology',
      arcs: [],
      objects: { countries: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[7]] }] } },
    });
    let caught: unknown;
    try {
      parseFetchedFile('central-asia.topo.json', broken);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DataError);
    expect((caught as DataError).file).toBe('central-asia.topo.json');
    expect((caught as DataError).problems[0]?.path).toBe('objects.countries');
    expect((caught as DataError).problems[0]?.message).toMatch(/^could not be drawn/);
  });

  it('names a file it has no schema for', () => {
    expect(() => parseFetchedFile('other.json', '{}')).toThrow(DataError);
  });
});
