/**
 * Parses and checks a data file's text off the page's thread: the same JSON.parse and zod schema as
 * fetch-json.ts, chosen by the file's name. Answers with the checked value, or with the DataError's
 * fields (an Error's own fields do not survive the trip between threads).
 */
import './zod-csp';
import { DataError } from './data-error';
import { parseFetchedFile } from './parse-fetched-file';

export interface ValidationRequest {
  id: number;
  file: string;
  text: string;
}

export type ValidationReply =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: Pick<DataError, 'file' | 'kind' | 'problems'> };

self.addEventListener('message', (event: MessageEvent<ValidationRequest>) => {
  const { id, file, text } = event.data;
  let reply: ValidationReply;
  try {
    reply = { id, ok: true, value: parseFetchedFile(file, text) };
  } catch (error) {
    const { kind, problems } =
      error instanceof DataError
        ? error
        : { kind: 'schema' as const, problems: [{ path: '', message: `could not be checked (${String(error)})` }] };
    reply = { id, ok: false, error: { file, kind, problems } };
  }
  self.postMessage(reply);
});
