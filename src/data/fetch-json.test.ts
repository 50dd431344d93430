import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DataError, formatPath } from './data-error';
import { dataUrl, fetchText, parseJson } from './fetch-json';

const Schema = z.object({ items: z.array(z.object({ value: z.number().nonnegative() })) });

function fakeFetch(status: number, body: string): typeof fetch {
  return () => Promise.resolve(new Response(body, { status }));
}

/** Both steps, as the app takes them: the text, then the check. */
async function fetchJson<S extends z.ZodType>(file: string, schema: S, options: { fetch: typeof fetch }) {
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
