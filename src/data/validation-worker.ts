/**
 * Parses and checks a data file's text off the page's thread: the same JSON.parse and zod schema as
 * fetch-json.ts, chosen by the file's name. Answers with the checked value, or with the DataError's
 * fields (an Error's own fields do not survive the trip between threads).
 */
import './zod-csp';
import { DataError } from './data-error';
import { parseJson } from './fetch-json';
import { FETCHED_FILES, type FetchedFile } from './schemas';

export interface ValidationRequest {
  id: number;
  file: string;
  text: string;
}

export type ValidationReply =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: Pick<DataError, 'file' | 'kind' | 'problems'> };

const isFetchedFile = (file: string): file is FetchedFile => Object.hasOwn(FETCHED_FILES, file);

self.addEventListener('message', (event: MessageEvent<ValidationRequest>) => {
  const { id, file, text } = event.data;
  let reply: ValidationReply;
  try {
    if (!isFetchedFile(file)) throw new DataError(file, 'schema', [{ path: '', message: 'no schema for this file' }]);
    reply = { id, ok: true, value: parseJson(file, FETCHED_FILES[file], text) };
  } catch (error) {
    const { kind, problems } =
      error instanceof DataError
        ? error
        : { kind: 'schema' as const, problems: [{ path: '', message: `could not be checked (${String(error)})` }] };
    reply = { id, ok: false, error: { file, kind, problems } };
  }
  self.postMessage(reply);
});
