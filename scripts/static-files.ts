/**
 * How the dashboard's files go over the wire: which are compressed, in which encoding, and how long a
 * browser may keep them. Used by the build (precompressed copies beside each text asset) and by
 * scripts/serve.ts; the README gives the same rules for nginx and Apache.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, brotliCompressSync, constants, gzip, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** Text types worth compressing; fonts (woff2) and images (png) are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt', '.map']);

export const isCompressible = (file: string) => COMPRESSIBLE.has(path.extname(file));

export type Encoding = 'br' | 'gzip';

export const ENCODING_SUFFIX: Record<Encoding, string> = { br: '.br', gzip: '.gz' };

/**
 * The encoding to answer with, from a request's Accept-Encoding: Brotli when accepted, else gzip, else
 * none. A coding listed with q=0 is refused, as RFC 9110 says; `*` accepts both.
 */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding | null {
  const accepted = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    accepted.set(name.trim(), q === undefined ? 1 : Number(q));
  }
  const allows = (coding: string) => (accepted.get(coding) ?? accepted.get('*') ?? 0) > 0;
  if (allows('br')) return 'br';
  if (allows('gzip')) return 'gzip';
  return null;
}

/**
 * Hashed build assets never change under their name: cache them for a year. Everything else (the page,
 * embed.js, the data files an administrator may replace) is revalidated on every use.
 */
export const cacheControl = (pathname: string) =>
  pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';

/** The smallest the encodings make: for the build, which compresses once. */
export function compress(body: Buffer, encoding: Encoding): Buffer {
  return encoding === 'br'
    ? brotliCompressSync(body, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
      })
    : gzipSync(body, { level: 9 });
}

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * Fast enough to answer a request with, off the server's thread: Brotli's best level takes a second for
 * trade.json, and held every other request meanwhile; level 5 is ~50 times faster and a few per cent
 * larger. For files the build did not compress (data/).
 */
export function compressOnRequest(body: Buffer, encoding: Encoding): Promise<Buffer> {
  return encoding === 'br'
    ? brotliAsync(body, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
      })
    : gzipAsync(body, { level: 6 });
}

/**
 * Writes `name.br` and `name.gz` beside each compressible file of the build, except under data/: an
 * administrator may replace a data file without rebuilding, and a stale precompressed copy would then be
 * served in its place (serve.ts compresses data files when they are asked for).
 */
export function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle: {
      order: 'post',
      handler() {
        for (const file of readdirSync(outDir, { recursive: true, encoding: 'utf8' })) {
          const full = path.join(outDir, file);
          if (file.split(path.sep)[0] === 'data' || !isCompressible(file) || !statSync(full).isFile()) continue;
          const body = readFileSync(full);
          for (const encoding of ['br', 'gzip'] as const) {
            const packed = compress(body, encoding);
            if (packed.length < body.length) writeFileSync(full + ENCODING_SUFFIX[encoding], packed);
          }
        }
      },
    },
  };
}
