import { fetchText } from './fetch-json';
import type { LoadedData } from './parse-fetched-file';
import type { FetchedFile } from './schemas';
import { parseOffThread, startValidation, whenWorkerStarted } from './validate-off-thread';

/**
 * Loads started before React (src/boot.ts), while the rest of the page's script is still being
 * evaluated. Each is handed once to the first query that asks for its file; a later ask (a retry)
 * loads anew.
 */
const started = new Map<FetchedFile, Promise<unknown>>();
const taken = new Set<FetchedFile>();
/** Settle when a started file's text has been handed to the check, or could not be had. */
const handedOver: Promise<unknown>[] = [];
/** The texts of the files started, as fetched: the first view's snapshot is shown only for the texts it was made from. */
const texts = new Map<FetchedFile, Promise<string>>();

function check(file: FetchedFile, text: Promise<string>, after: Promise<unknown> = Promise.resolve()): Promise<unknown> {
  return Promise.all([text, after]).then(([content]) => parseOffThread(file, content));
}

/**
 * Settles when the worker has started and every file started so far is in its hands (or failed to
 * load): from then on the page's own script can hold this thread without holding up the data.
 */
export async function whenHandedOver(): Promise<void> {
  await Promise.all([whenWorkerStarted(), ...handedOver]);
}

/**
 * Starts the loads of these files, each once, and the validation worker. With `checkAfter`, the worker
 * starts and the texts go to it once that settles (the first view's snapshot needs the line and this
 * thread first; boot.ts).
 */
export function startLoading(files: readonly FetchedFile[], checkAfter?: Promise<unknown>): void {
  const after = checkAfter?.then(startValidation, startValidation);
  if (!after) startValidation();
  for (const file of files) {
    if (started.has(file)) continue;
    const text = fetchText(file);
    texts.set(file, text);
    handedOver.push(text.catch(() => undefined));
    const loading = check(file, text, after);
    // A failure is reported when a query takes the load; until then it is not an unhandled rejection.
    loading.catch(() => undefined);
    started.set(file, loading);
  }
}

/** The texts are let go once the snapshot no longer needs them (boot.ts): the partners' file alone is ~2 MB. */
export function forgetStartedTexts(): void {
  texts.clear();
}

/** The text of a file started here, as it arrived (a rejected promise when it could not be had); undefined if not started. */
export function startedText(file: FetchedFile): Promise<string> | undefined {
  return texts.get(file);
}

/** A data file fetched, and checked against its schema in the validation worker. */
export async function loadFile<F extends FetchedFile>(file: F, signal: AbortSignal): Promise<LoadedData[F]> {
  const early = taken.has(file) ? undefined : started.get(file);
  taken.add(file);
  return (await (early ?? check(file, fetchText(file, { signal })))) as LoadedData[F];
}
