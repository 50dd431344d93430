/**
 * Parses and checks a data file's text off the page's thread: the same JSON.parse and zod schema as
 * fetch-json.ts, chosen by the file's name. Answers with the checked value, or with the DataError's
 * fields (an Error's own fields do not survive the trip between threads).
 *
 * It says it has started before it loads the schemas (the larger part of its code), so that the page
 * can hand over the files and get on with its own script meanwhile (src/boot.ts).
 */
import { DataError } from './data-error';

export interface ValidationRequest {
  id: number;
  file: string;
  text: string;
}

/**
 * A passed check. `value` is sent only when it differs from the file's JSON (the map's shapes): for the
 * other files the page parses its own copy of the text, in a few milliseconds, where copying the checked
 * value between threads took tens of milliseconds of the page's thread on a slow phone.
 */
export type ValidationReply =
  | { id: number; ok: true; value?: unknown }
  | { id: number; ok: false; error: Pick<DataError, 'file' | 'kind' | 'problems'> };

export interface WorkerStarted {
  started: true;
}

const checker = import('./parse-fetched-file');

async function check({ id, file, text }: ValidationRequest): Promise<ValidationReply> {
  try {
    const { parseFetchedFile, checkedIsParsed } = await checker;
    const value = parseFetchedFile(file, text);
    return checkedIsParsed(file) ? { id, ok: true } : { id, ok: true, value };
  } catch (error) {
    const { kind, problems } =
      error instanceof DataError
        ? error
        : { kind: 'schema' as const, problems: [{ path: '', message: `could not be checked (${String(error)})` }] };
    return { id, ok: false, error: { file, kind, problems } };
  }
}

self.addEventListener('message', (event: MessageEvent<ValidationRequest>) => {
  void check(event.data).then((reply) => self.postMessage(reply));
});
self.postMessage({ started: true } satisfies WorkerStarted);
