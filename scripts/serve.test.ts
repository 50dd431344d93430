import { spawn, type ChildProcess } from 'node:child_process';
import { get as httpGet, type IncomingHttpHeaders } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from './serve-build';

/** serve.ts on a small build: how it encodes, caches and revalidates, as `npm start` serves the dashboard. */
let dir: string;
let server: ChildProcess;
let origin: string;

const SCRIPT = 'export const text = "' + 'Kazakhstan Kyrgyzstan Tajikistan '.repeat(100) + '";\n';

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'c5-serve-test-'));
  mkdirSync(path.join(dir, 'assets'));
  mkdirSync(path.join(dir, 'data'));
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>t</title>');
  writeFileSync(path.join(dir, 'assets', 'app-Ab12Cd34.js'), SCRIPT);
  // A marked precompressed copy, so that the test can tell it was served rather than made on request.
  writeFileSync(path.join(dir, 'assets', 'app-Ab12Cd34.js.br'), brotliCompressSync('// the build’s copy\n'));
  writeFileSync(path.join(dir, 'assets', 'old-Ab12Cd34.js'), SCRIPT);
  writeFileSync(path.join(dir, 'assets', 'old-Ab12Cd34.js.br'), brotliCompressSync('// stale\n'));
  const past = new Date(Date.now() - 60_000);
  utimesSync(path.join(dir, 'assets', 'old-Ab12Cd34.js.br'), past, past);
  writeFileSync(path.join(dir, 'data', 'trade.json'), JSON.stringify({ observations: Array(200).fill({ v: 1 }) }));
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', '--port', String(port), '--dir', dir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve) => server.stdout?.on('data', () => resolve()));
}, 20_000);

afterAll(() => {
  server.kill();
  rmSync(dir, { recursive: true, force: true });
});

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** A GET that keeps the body as sent (fetch would decode it). */
function get(file: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    httpGet(`${origin}/${file}`, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
    }).on('error', reject);
  });
}

describe('serve.ts', () => {
  it('sends the build’s Brotli copy of a script to a browser that accepts it, cached for a year', async () => {
    const response = await get('assets/app-Ab12Cd34.js', { 'Accept-Encoding': 'gzip, br' });
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers.vary).toBe('Accept-Encoding');
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(brotliDecompressSync(response.body).toString()).toBe('// the build’s copy\n');
  });

  it('ignores a precompressed copy older than its file, and compresses the file instead', async () => {
    const response = await get('assets/old-Ab12Cd34.js', { 'Accept-Encoding': 'br' });
    expect(brotliDecompressSync(response.body).toString()).toBe(SCRIPT);
  });

  it('gzips a data file on request, and has it revalidated: an unchanged file answers 304', async () => {
    const response = await get('data/trade.json', { 'Accept-Encoding': 'gzip' });
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.headers['cache-control']).toBe('no-cache');
    const text = gunzipSync(response.body).toString();
    expect(JSON.parse(text)).toHaveProperty('observations');
    const etag = response.headers.etag ?? '';
    expect(etag).not.toBe('');
    const again = await get('data/trade.json', { 'Accept-Encoding': 'gzip', 'If-None-Match': etag });
    expect(again.status).toBe(304);
  });

  it('sends the file as it is to a client that accepts no compression', async () => {
    const response = await get('assets/app-Ab12Cd34.js', { 'Accept-Encoding': 'identity' });
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.headers['content-length']).toBe(String(Buffer.byteLength(SCRIPT)));
    expect(response.body.toString()).toBe(SCRIPT);
  });
});
