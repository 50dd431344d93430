import { describe, expect, it } from 'vitest';
import topologyText from '../../data/central-asia.topo.json?raw';
import { DataError } from './data-error';
import { checkedIsParsed, parseFetchedFile, type LoadedData } from './parse-fetched-file';
import { FETCHED_FILES } from './schemas';

const dataFiles = import.meta.glob<string>('../../data/*.json', { query: '?raw', import: 'default', eager: true });

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

  // The worker sends no value for these files and the page parses the text itself (validation-worker.ts):
  // a schema that transformed or defaulted anything would make the page see other values than those checked.
  it.each(Object.keys(FETCHED_FILES).filter(checkedIsParsed))('checks %s without changing it', (file) => {
    const text = dataFiles[`../../data/${file}`];
    if (text === undefined) throw new Error(`no data/${file}`);
    expect(parseFetchedFile(file, text)).toEqual(JSON.parse(text));
  });
});
