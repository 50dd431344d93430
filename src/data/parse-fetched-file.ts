import type { Topology } from 'topojson-specification';
import { mapShapes, type MapShapes } from '../geo/map-shapes';
import { errorMessage } from '../lib/error-message';
import { DataError } from './data-error';
import { parseJson } from './fetch-json';
import { FETCHED_FILES, type FetchedData, type FetchedFile } from './schemas';

const GEOMETRY_FILE = 'central-asia.topo.json' satisfies FetchedFile;

/**
 * What the page receives for each fetched file: its checked value, except for the map's geometry, which
 * arrives drawn (the map's shapes for each layout), so that the worker does that work too.
 */
export type LoadedData = Omit<FetchedData, typeof GEOMETRY_FILE> & { [GEOMETRY_FILE]: MapShapes };

const isFetchedFile = (file: string): file is FetchedFile => Object.hasOwn(FETCHED_FILES, file);

/** A fetched file's text parsed and checked against the schema its name calls for, as the page uses it. */
export function parseFetchedFile(file: string, text: string): unknown {
  if (!isFetchedFile(file)) throw new DataError(file, 'schema', [{ path: '', message: 'no schema for this file' }]);
  const value = parseJson(file, FETCHED_FILES[file], text);
  return file === GEOMETRY_FILE ? drawMap(value as Topology) : value;
}

/**
 * Whether a file's checked value is its JSON as parsed: the schemas transform nothing, and strict
 * objects keep every key, so the page may parse the text itself once the check has passed. Not the
 * geometry, which arrives drawn.
 */
export const checkedIsParsed = (file: string) => file !== GEOMETRY_FILE;

/** The schema checks only the file's outline: geometry that cannot be drawn is reported against the file too. */
function drawMap(topology: Topology): MapShapes {
  try {
    return mapShapes(topology);
  } catch (error) {
    const message = `could not be drawn (${errorMessage(error)})`;
    throw new DataError(GEOMETRY_FILE, 'schema', [{ path: 'objects.countries', message }]);
  }
}
