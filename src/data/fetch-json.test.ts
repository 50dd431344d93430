import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { DataError, formatPath } from './data-error';
import { dataUrl, fetchText, parseJson } from './fetch-json';

const Schema = z.object({ items: z.array(z.object({ value: z.number().check(z.nonnegative()) })) });

function fakeFetch(status: number, body: string): typeof fetch {
  return () => Promise.resolve(new Response(body, { status }));
}

/** Both steps, as the app takes them: the text, then the check. */
async function fetchJson<S extends z.ZodMiniType>(file: string, schema: S, options: { fetch: typeof fetch }) {
  return parseJson(file, schema, await fetchText(file, options));
}

async function failure(promise: Promise<unknown>): Promise<DataError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DataError) return error;
    throw error;
  }
  throw new Error('expected a DataError');
}

describe('fetchText and parseJson', () => {
  it('returns parsed, typed data', async () => {
    const data = await fetchJson('x.json', Schema, { fetch: fakeFetch(200, '{"items":[{"value":1}]}') });
    expect(data.items[0]?.value).toBe(1);
  });

  it('names the file when it is missing', async () => {
    const error = await failure(fetchJson('trade.json', Schema, { fetch: fakeFetch(404, 'Not found') }));
    expect(error.kind).toBe('missing');
    expect(error.file).toBe('trade.json');
    expect(error.message).toContain('trade.json');
    expect(error.message).toContain('404');
  });

  it('reports unparsable JSON', async () => {
    const error = await failure(fetchJson('events.json', Schema, { fetch: fakeFetch(200, '{"items": [') }));
    expect(error.kind).toBe('parse');
    expect(error.message).toMatch(/^events\.json: not valid JSON/);
  });

  it('says when the file is empty', async () => {
    const error = await failure(fetchJson('events.json', Schema, { fetch: fakeFetch(200, '  ') }));
    expect(error.problems[0]?.message).toContain('the file is empty');
  });

  it('names the field path of a schema violation', async () => {
    const body = '{"items":[{"value":1},{"value":-5}]}';
    const error = await failure(fetchJson('trade.json', Schema, { fetch: fakeFetch(200, body) }));
    expect(error.kind).toBe('schema');
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]?.path).toBe('items[1].value');
    expect(error.message).toContain('trade.json: items[1].value');
  });

  it('turns a network failure into a DataError', async () => {
    const failing = (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch;
    const error = await failure(fetchJson('sources.json', Schema, { fetch: failing }));
    expect(error.kind).toBe('network');
  });

  it('fetches relative to the app so any sub-path works', () => {
    expect(dataUrl('trade.json', './')).toBe('./data/trade.json');
  });
});

describe('formatPath', () => {
  it('joins keys and indexes', () => {
    expect(formatPath(['observations', 3, 'value'])).toBe('observations[3].value');
    expect(formatPath([])).toBe('');
  });
});

describe('deadlines and limits', () => {
  /** A server that answers its headers and then never finishes the body. */
  const stalledBody: typeof fetch = (_input, init) =>
    Promise.resolve(
      new Response(
        new ReadableStream({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('{"items":'));
            init?.signal?.addEventListener('abort', () => controller.error(new DOMException('aborted', 'AbortError')));
          },
        }),
      ),
    );
  /** A server that never answers at all, until the request is aborted. */
  const noAnswer: typeof fetch = (_input, init) =>
    new Promise((_resolve, reject) => {
      init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
    });

  it('gives up on a file with no answer after the deadline, naming the file', async () => {
    const error = await failure(fetchText('events.json', { fetch: noAnswer, deadlineMs: 20 }));
    expect([error.kind, error.file, error.problems[0]?.message]).toEqual([
      'timeout',
      'events.json',
      'no answer from the server within 0 s',
    ]);
  });

  it('counts a body that stalls against the deadline too', async () => {
    const error = await failure(fetchText('trade.json', { fetch: stalledBody, deadlineMs: 20 }));
    expect(error.kind).toBe('timeout');
  });

  it('passes a caller’s abort through as an abort, not a failure of the file', async () => {
    const caller = new AbortController();
    const pending = fetchText('trade.json', { fetch: noAnswer, signal: caller.signal });
    caller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('refuses a file over its size limit, by its declared length or its text', async () => {
    const huge: typeof fetch = () =>
      Promise.resolve(new Response('{}', { headers: { 'Content-Length': String(40 * 1024 * 1024) } }));
    const declared = await failure(fetchText('events.json', { fetch: huge }));
    expect([declared.kind, declared.problems[0]?.message]).toEqual(['too-large', '40.0 MB, over its limit of 4.0 MB: refused']);
    const long = await failure(fetchText('countries.json', { fetch: fakeFetch(200, ' '.repeat(1024 * 1024 + 1)) }));
    expect(long.kind).toBe('too-large');
  });

  it('refuses any text longer than the limit, at its path', () => {
    const text = JSON.stringify({ items: [{ value: 1, title: 'x'.repeat(10_000) }] });
    const error = (() => {
      try {
        parseJson('events.json', z.unknown(), text);
      } catch (e) {
        return e as DataError;
      }
      throw new Error('expected a DataError');
    })();
    expect(error.problems).toEqual([
      { path: 'items[0].title', message: 'a text of 10,000 characters, over the limit of 2,000' },
    ]);
  });
});
