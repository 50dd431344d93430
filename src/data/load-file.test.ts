import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixtureDataset } from '../testing/fixtures';

const SOURCES_FILE = fixtureDataset().sources;
const SOURCES = JSON.stringify(SOURCES_FILE);

/** load-file.ts anew (its loads are kept once per page), checking on the page: no worker in Node. */
async function freshModule() {
  vi.resetModules();
  vi.stubGlobal('Worker', undefined);
  return import('./load-file');
}

/** Node's process, typed here only as far as used (the app's types have no Node). */
const nodeProcess = (globalThis as unknown as { process: { on: Listen; off: Listen } }).process;
type Listen = (event: 'unhandledRejection', listener: (reason: unknown) => void) => void;

function stubFetch(body: () => Response) {
  const fetch = vi.fn<(url: string) => Promise<Response>>(() => Promise.resolve(body()));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

describe('startLoading and loadFile', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('starts each file once, however often asked', async () => {
    const { startLoading } = await freshModule();
    const fetch = stubFetch(() => new Response(SOURCES));
    startLoading(['sources.json', 'trade.json']);
    startLoading(['sources.json']);
    expect(fetch.mock.calls.map(([url]) => url.split('/').pop())).toEqual(['sources.json', 'trade.json']);
  });

  it('hands the started load to the first ask, and loads anew for the next', async () => {
    const { startLoading, loadFile } = await freshModule();
    const fetch = stubFetch(() => new Response(SOURCES));
    startLoading(['sources.json']);
    const signal = new AbortController().signal;
    await expect(loadFile('sources.json', signal)).resolves.toEqual(SOURCES_FILE);
    expect(fetch).toHaveBeenCalledTimes(1);
    await loadFile('sources.json', signal);
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('keeps a failed early load for its query, naming the file', async () => {
    const { startLoading, loadFile } = await freshModule();
    stubFetch(() => new Response('', { status: 404 }));
    const unhandled = vi.fn();
    nodeProcess.on('unhandledRejection', unhandled);
    startLoading(['trade.json']);
    await new Promise((resolve) => setTimeout(resolve, 10));
    nodeProcess.off('unhandledRejection', unhandled);
    expect(unhandled).not.toHaveBeenCalled();
    await expect(loadFile('trade.json', new AbortController().signal)).rejects.toMatchObject({
      name: 'DataError',
      file: 'trade.json',
      kind: 'missing',
    });
  });
});

/** A stand-in worker that says it has started once `start()` is called. */
function startableWorker() {
  let instance: EventTarget | null = null;
  class Stand extends EventTarget {
    constructor() {
      super();
      instance = this; // eslint-disable-line @typescript-eslint/no-this-alias
    }
    postMessage() {
      // Files handed over are not answered here: only the start is under test.
    }
  }
  const start = () => instance?.dispatchEvent(new MessageEvent('message', { data: { started: true } }));
  return { Stand, start };
}

describe('whenHandedOver', () => {
  afterEach(() => vi.unstubAllGlobals());

  const settled = async (promise: Promise<unknown>) => {
    let done = false;
    void promise.then(() => (done = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    return done;
  };

  it('waits for the worker to start as well as for the files', async () => {
    vi.resetModules();
    const { Stand, start } = startableWorker();
    vi.stubGlobal('Worker', Stand);
    const { startLoading, whenHandedOver } = await import('./load-file');
    stubFetch(() => new Response(SOURCES));
    startLoading(['sources.json']);
    const handedOver = whenHandedOver();
    expect(await settled(handedOver)).toBe(false);
    start();
    expect(await settled(handedOver)).toBe(true);
  });

  it('does not wait for a worker there is none of, nor for a file that failed', async () => {
    const { startLoading, whenHandedOver } = await freshModule();
    stubFetch(() => new Response('', { status: 404 }));
    startLoading(['trade.json']);
    expect(await settled(whenHandedOver())).toBe(true);
  });
});
