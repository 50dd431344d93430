import { DataError } from './data-error';
import type { ValidationReply, ValidationRequest, WorkerStarted } from './validation-worker';

/**
 * Checking the curated files against their schemas is the largest piece of script work before the
 * first view (zod cannot compile its fast path under the strict CSP). It runs in a worker, in parallel
 * with the page's own start; where no worker can be started (an older browser, a policy that forbids
 * workers), the same check runs here.
 */
let worker: Worker | null | undefined;
let markStarted: () => void = () => undefined;
/** Settles once the worker runs, or could not be started (then the files are checked here). */
const workerStarted = new Promise<void>((resolve) => {
  markStarted = resolve;
});
const pending = new Map<
  number,
  { text: string; resolve: (value: unknown) => void; reject: (error: unknown) => void }
>();
let nextId = 0;

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') {
    markStarted();
    return null;
  }
  try {
    const created = new Worker(new URL('./validation-worker.ts', import.meta.url), { type: 'module' });
    created.addEventListener('message', (event: MessageEvent<ValidationReply | WorkerStarted>) => {
      const reply = event.data;
      if ('started' in reply) {
        markStarted();
        return;
      }
      const waiting = pending.get(reply.id);
      pending.delete(reply.id);
      if (!waiting) return;
      // Without a value, the checked value is the file's JSON: parsed here from the text sent.
      if (reply.ok) waiting.resolve('value' in reply ? reply.value : JSON.parse(waiting.text));
      else waiting.reject(new DataError(reply.error.file, reply.error.kind, reply.error.problems));
    });
    // A worker that fails to load: the files it holds, and all later ones, are checked here instead.
    created.addEventListener('error', (event) => {
      event.preventDefault();
      worker = null;
      markStarted();
      for (const [id, { reject }] of pending) {
        pending.delete(id);
        reject(new WorkerUnavailable());
      }
    });
    return created;
  } catch {
    markStarted();
    return null;
  }
}

class WorkerUnavailable extends Error {}

/** The same check on the page; its schemas load only when needed, so the page need not build them first. */
async function parseHere(file: string, text: string): Promise<unknown> {
  const { parseFetchedFile } = await import('./parse-fetched-file');
  return parseFetchedFile(file, text);
}

/** Starts the worker, so that its code has loaded by the time the first file arrives. */
export function startValidation(): void {
  if (worker === undefined) worker = startWorker();
}

/** Settles once the worker has started (it needs this thread for a moment to do so), or cannot start. */
export function whenWorkerStarted(): Promise<void> {
  startValidation();
  return workerStarted;
}

/** The file's text parsed and checked against its schema, in the worker when there is one. */
export async function parseOffThread(file: string, text: string): Promise<unknown> {
  startValidation();
  const current = worker;
  if (!current) return parseHere(file, text);
  const id = nextId++;
  try {
    return await new Promise((resolve, reject) => {
      pending.set(id, { text, resolve, reject });
      current.postMessage({ id, file, text } satisfies ValidationRequest);
    });
  } catch (error) {
    if (error instanceof WorkerUnavailable) return parseHere(file, text);
    throw error;
  }
}
