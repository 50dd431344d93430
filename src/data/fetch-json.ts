import type * as z from 'zod/mini';
import { errorMessage } from '../lib/error-message';
import { DataError, formatPath, problemsFromZod, type DataProblem } from './data-error';

export interface FetchOptions {
  /** Where `data/` lives, relative to the page; the app's own base by default. */
  baseUrl?: string;
  fetch?: typeof fetch;
  signal?: AbortSignal;
  /** How long the whole answer, body included, may take; FILE_DEADLINE_MS by default. */
  deadlineMs?: number;
}

/** A file whose answer has not fully arrived by then is given up on: the panel says so and offers Retry. */
export const FILE_DEADLINE_MS = 15_000;

const MB = 1024 * 1024;
/**
 * The largest each file may be: several times what the curated files weigh, far below what would freeze
 * the page. A larger file is refused before it is read, naming the file and the limit.
 */
export const FILE_SIZE_LIMITS: Readonly<Record<string, number>> = {
  'countries.json': 1 * MB,
  'sources.json': 4 * MB,
  'events.json': 4 * MB,
  'trade.json': 8 * MB,
  'partners.json': 12 * MB,
  'revisions.json': 4 * MB,
  'central-asia.topo.json': 4 * MB,
};
const DEFAULT_SIZE_LIMIT = 4 * MB;
export const sizeLimitOf = (file: string) => FILE_SIZE_LIMITS[file] ?? DEFAULT_SIZE_LIMIT;

/** No text in a data file is longer: a note is a few hundred characters; a megabyte in one is an attack. */
export const MAX_TEXT_LENGTH = 2_000;

const megabytes = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;

/** The URL of a data file, relative to the app, so the build works from any sub-path. */
export function dataUrl(file: string, baseUrl: string = import.meta.env.BASE_URL): string {
  return `${baseUrl}data/${file}`;
}

/**
 * A data file comes in two steps, each failure a DataError naming the file: `fetchText` gets its text
 * (on the page), `parseJson` checks it against its schema, naming each field at fault (in the
 * validation worker, see validate-off-thread.ts).
 */

/** The text of `data/<file>`; a DataError naming the file when it cannot be had. */
export async function fetchText(file: string, options: FetchOptions = {}): Promise<string> {
  const doFetch = options.fetch ?? fetch;
  const deadline = options.deadlineMs ?? FILE_DEADLINE_MS;
  const timer = new AbortController();
  const timeout = setTimeout(() => timer.abort(), deadline);
  const signal = options.signal ? AbortSignal.any([options.signal, timer.signal]) : timer.signal;
  // The caller's abort (a query cancelled) passes through; the deadline's is a failure of the file.
  const failure = (cause: unknown) => {
    if (timer.signal.aborted && !options.signal?.aborted)
      return new DataError(file, 'timeout', [
        {
          path: '',
          message: `no answer from the server within ${Math.round(deadline / 1000)} s`,
          said: { kind: 'timeout', seconds: Math.round(deadline / 1000) },
        },
      ]);
    if (cause instanceof DOMException && cause.name === 'AbortError') return cause;
    return new DataError(file, 'network', [
      {
        path: '',
        message: `could not be loaded (${String(cause)})`,
        said: { kind: 'network', cause: String(cause) },
      },
    ]);
  };
  try {
    let response: Response;
    try {
      response = await doFetch(dataUrl(file, options.baseUrl), { signal, headers: { Accept: 'application/json' } });
    } catch (cause) {
      throw failure(cause);
    }
    if (!response.ok) {
      const status = `${response.status} ${response.statusText}`.trim();
      throw new DataError(
        file,
        response.status === 404 ? 'missing' : 'network',
        response.status === 404
          ? [{ path: '', message: 'file not found (HTTP 404)', said: { kind: 'not-found' } }]
          : [{ path: '', message: `HTTP ${status}`, said: { kind: 'http', status } }],
      );
    }
    const limit = sizeLimitOf(file);
    const declared = Number(response.headers.get('Content-Length') ?? Number.NaN);
    const tooLarge = (size: number) =>
      new DataError(file, 'too-large', [
        {
          path: '',
          message: `${megabytes(size)}, over its limit of ${megabytes(limit)}: refused`,
          said: { kind: 'too-large', bytes: size, limitBytes: limit },
        },
      ]);
    if (declared > limit) {
      timer.abort();
      throw tooLarge(declared);
    }
    let text: string;
    try {
      text = await response.text();
    } catch (cause) {
      throw failure(cause);
    }
    if (text.length > limit) throw tooLarge(text.length);
    return text;
  } finally {
    clearTimeout(timeout);
  }
}

/** Every text in a parsed file longer than MAX_TEXT_LENGTH, at its path. */
export function overlongTexts(value: unknown, path: PropertyKey[] = [], found: DataProblem[] = []): DataProblem[] {
  if (typeof value === 'string') {
    if (value.length > MAX_TEXT_LENGTH)
      found.push({
        path: formatPath(path),
        message: `a text of ${value.length.toLocaleString('en')} characters, over the limit of ${MAX_TEXT_LENGTH.toLocaleString('en')}`,
      });
  } else if (Array.isArray(value)) value.forEach((item, i) => overlongTexts(item, [...path, i], found));
  else if (value !== null && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) overlongTexts(item, [...path, key], found);
  return found;
}

/** The file's text as JSON checked against its schema; a DataError naming the file and each field at fault. */
export function parseJson<S extends z.ZodMiniType>(file: string, schema: S, text: string): z.output<S> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    const detail = text.trim() === '' ? 'the file is empty' : errorMessage(cause);
    throw new DataError(file, 'parse', [{ path: '', message: `not valid JSON: ${detail}` }]);
  }
  const overlong = overlongTexts(json);
  if (overlong.length > 0) throw new DataError(file, 'schema', overlong);
  const result = schema.safeParse(json);
  if (!result.success) throw new DataError(file, 'schema', problemsFromZod(result.error));
  return result.data;
}
