import { afterEach, describe, expect, it, vi } from 'vitest';

const COUNTRIES = JSON.stringify({
  asOf: '2026-11-27',
  countries: [],
});

/** A stand-in for a worker that never loads: it reports an error as soon as it is asked anything. */
class BrokenWorker extends EventTarget {
  postMessage() {
    queueMicrotask(() => this.dispatchEvent(new Event('error', { cancelable: true })));
  }
}

/** A stand-in for a worker that answers every request with a fixed reply. */
function answeringWorker(reply: (id: number) => unknown) {
  return class extends EventTarget {
    postMessage({ id }: { id: number }) {
      queueMicrotask(() => this.dispatchEvent(new MessageEvent('message', { data: reply(id) })));
    }
  };
}

/** The module anew (its worker is created once per page), with the DataError class of the same load. */
async function freshModule() {
  vi.resetModules();
  const [{ parseOffThread }, { DataError }] = await Promise.all([
    import('./validate-off-thread'),
    import('./data-error'),
  ]);
  return { parseOffThread, DataError };
}

describe('parseOffThread', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('checks the file here when there is no worker', async () => {
    vi.stubGlobal('Worker', undefined);
    const { parseOffThread, DataError } = await freshModule();
    await expect(parseOffThread('countries.json', '{"asOf": 1}')).rejects.toBeInstanceOf(DataError);
  });

  it('checks the file here when the worker cannot start', async () => {
    vi.stubGlobal('Worker', BrokenWorker);
    const { parseOffThread, DataError } = await freshModule();
    const error = await parseOffThread('countries.json', '{ not json').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    expect((error as InstanceType<typeof DataError>).kind).toBe('parse');
  });

  it('rebuilds the worker’s DataError, with the file and the fields at fault', async () => {
    vi.stubGlobal(
      'Worker',
      answeringWorker((id) => ({
        id,
        ok: false,
        error: { file: 'trade.json', kind: 'schema', problems: [{ path: 'observations[3].value', message: 'too small' }] },
      })),
    );
    const { parseOffThread, DataError } = await freshModule();
    const error = await parseOffThread('trade.json', '{}').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    expect((error as InstanceType<typeof DataError>).message).toBe('trade.json: observations[3].value: too small');
  });

  it('returns the worker’s checked value', async () => {
    vi.stubGlobal(
      'Worker',
      answeringWorker((id) => ({ id, ok: true, value: JSON.parse(COUNTRIES) as unknown })),
    );
    const { parseOffThread } = await freshModule();
    await expect(parseOffThread('countries.json', COUNTRIES)).resolves.toEqual(JSON.parse(COUNTRIES));
  });

  it('parses the text itself when the worker passes the file without sending a value', async () => {
    vi.stubGlobal(
      'Worker',
      answeringWorker((id) => ({ id, ok: true })),
    );
    const { parseOffThread } = await freshModule();
    await expect(parseOffThread('countries.json', COUNTRIES)).resolves.toEqual(JSON.parse(COUNTRIES));
  });
});
