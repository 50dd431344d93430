import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { cacheControl, chooseEncoding, compress, compressOnRequest, isCompressible } from './static-files';

describe('chooseEncoding', () => {
  it('prefers Brotli, then gzip, as the browser accepts them', () => {
    expect(chooseEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(chooseEncoding('gzip, deflate')).toBe('gzip');
    expect(chooseEncoding('identity')).toBeNull();
    expect(chooseEncoding(undefined)).toBeNull();
  });

  it('honours q=0 and the wildcard', () => {
    expect(chooseEncoding('br;q=0, gzip')).toBe('gzip');
    expect(chooseEncoding('*')).toBe('br');
    expect(chooseEncoding('*, br;q=0')).toBe('gzip');
    expect(chooseEncoding('gzip;q=0.5, br;q=0')).toBe('gzip');
  });
});

describe('cacheControl', () => {
  it('keeps hashed build assets for a year and has everything else revalidated', () => {
    expect(cacheControl('/assets/main-Ce9vMWia.js')).toBe('public, max-age=31536000, immutable');
    expect(cacheControl('/index.html')).toBe('no-cache');
    expect(cacheControl('/data/trade.json')).toBe('no-cache');
    expect(cacheControl('/embed.js')).toBe('no-cache');
  });
});

describe('compress', () => {
  it('compresses text types only, and round-trips', () => {
    expect(isCompressible('a/b.js')).toBe(true);
    expect(isCompressible('data/trade.json')).toBe(true);
    expect(isCompressible('assets/inter.woff2')).toBe(false);
    const body = Buffer.from('China–Central Asia '.repeat(200));
    expect(brotliDecompressSync(compress(body, 'br')).equals(body)).toBe(true);
    expect(gunzipSync(compress(body, 'gzip')).equals(body)).toBe(true);
    expect(compress(body, 'br').length).toBeLessThan(body.length / 10);
  });

  it('compresses on request, fast, to what the browser decodes', async () => {
    const body = Buffer.from(JSON.stringify({ observations: Array(5000).fill({ partner: 'KAZ', value: 1e9 }) }));
    expect(brotliDecompressSync(await compressOnRequest(body, 'br')).equals(body)).toBe(true);
    expect(gunzipSync(await compressOnRequest(body, 'gzip')).equals(body)).toBe(true);
  });
});
