import type { z } from 'zod';
import { errorMessage } from '../lib/error-message';
import { DataError, problemsFromZod } from './data-error';

export interface FetchOptions {
  /** Where `data/` lives, relative to the page; the app's own base by default. */
  baseUrl?: string;
  fetch?: typeof fetch;
  signal?: AbortSignal;
}

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
  let response: Response;
  try {
    response = await doFetch(dataUrl(file, options.baseUrl), {
      ...(options.signal ? { signal: options.signal } : {}),
      headers: { Accept: 'application/json' },
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new DataError(file, 'network', [{ path: '', message: `could not be loaded (${String(cause)})` }]);
  }
  if (!response.ok) {
    const kind = response.status === 404 ? 'missing' : 'network';
    const message = response.status === 404 ? 'file not found (HTTP 404)' : `HTTP ${response.status} ${response.statusText}`.trim();
    throw new DataError(file, kind, [{ path: '', message }]);
  }
  return response.text();
}

/** The file's text as JSON checked against its schema; a DataError naming the file and each field at fault. */
export function parseJson<S extends z.ZodType>(file: string, schema: S, text: string): z.output<S> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    const detail = text.trim() === '' ? 'the file is empty' : errorMessage(cause);
    throw new DataError(file, 'parse', [{ path: '', message: `not valid JSON: ${detail}` }]);
  }
  const result = schema.safeParse(json);
  if (!result.success) throw new DataError(file, 'schema', problemsFromZod(result.error));
  return result.data;
}
