import { DataError } from './data-error';
import { parseJson } from './fetch-json';
import { FETCHED_FILES, type FetchedFile } from './schemas';

const isFetchedFile = (file: string): file is FetchedFile => Object.hasOwn(FETCHED_FILES, file);

/** A fetched file's text parsed and checked against the schema its name calls for. */
export function parseFetchedFile(file: string, text: string): unknown {
  if (!isFetchedFile(file)) throw new DataError(file, 'schema', [{ path: '', message: 'no schema for this file' }]);
  return parseJson(file, FETCHED_FILES[file], text);
}
