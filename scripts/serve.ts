/**
 * Serves the production build (dist/) the way an intranet web server would: under any sub-path,
 * optionally with a strict Content-Security-Policy header.
 *
 *   npx tsx scripts/serve.ts [--port 4173] [--host 127.0.0.1] [--base /intranet/tools/c5/] [--csp] [--data DIR]
 *                            [--frame-ancestors https://intranet.example.org …]
 *
 * The build is always served at `/` too, so one server answers both ways. `--data DIR` answers requests
 * for `data/*` from DIR instead of the build's copy (the end-to-end tests serve their fixture dataset so).
 * `--frame-ancestors` names the host pages on other origins that may frame the panels (repeat it, or list
 * several separated by commas); `npm start -- --frame-ancestors …` passes it on.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { contentSecurityPolicy, parseFrameAncestors } from './csp.ts';
import {
  cacheControl,
  chooseEncoding,
  compressOnRequest,
  ENCODING_SUFFIX,
  isCompressible,
  type Encoding,
} from './static-files.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '4173' },
    host: { type: 'string', default: '127.0.0.1' },
    base: { type: 'string', default: '/' },
    dir: { type: 'string', default: 'dist' },
    csp: { type: 'boolean', default: false },
    data: { type: 'string' },
    'frame-ancestors': { type: 'string', multiple: true },
  },
});

let hosts: string[];
try {
  hosts = parseFrameAncestors(values['frame-ancestors'] ?? []);
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
const csp = contentSecurityPolicy({ strict: values.csp, hosts });

const root = path.resolve(values.dir);
const dataRoot = values.data ? path.resolve(values.data) : path.join(root, 'data');
const base = `/${values.base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

function send(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(text);
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  let pathname = decodeURIComponent(url.pathname);
  if (base !== '/' && (pathname + '/').startsWith(base)) {
    if (pathname + '/' === base) {
      res.writeHead(301, { Location: base + url.search });
      res.end();
      return;
    }
    pathname = '/' + pathname.slice(base.length);
  }
  if (pathname.endsWith('/')) pathname += 'index.html';
  const inData = pathname.startsWith('/data/');
  const top = inData ? dataRoot : root;
  const file = path.join(top, path.normalize(inData ? pathname.slice('/data'.length) : pathname));
  if (!file.startsWith(top + path.sep)) {
    send(res, 403, 'Forbidden');
    return;
  }
  respond(req, res, file, pathname).catch(() => send(res, 404, `Not found: ${pathname}`));
});

/** Compressed bodies made on request (data files, or a build without precompressed copies), by file and encoding. */
const packedCache = new Map<string, { version: string; body: Buffer }>();

/**
 * The file's body in the encoding the request accepts: the build's precompressed copy when it is at
 * least as new as the file, otherwise compressed here once per version of the file.
 */
async function encodedBody(file: string, version: string, mtimeMs: number, encoding: Encoding): Promise<Buffer> {
  const copy = file + ENCODING_SUFFIX[encoding];
  const copyInfo = await stat(copy).catch(() => null);
  if (copyInfo?.isFile() && copyInfo.mtimeMs >= mtimeMs) return readFile(copy);
  const key = `${file}\0${encoding}`;
  const cached = packedCache.get(key);
  if (cached?.version === version) return cached.body;
  const body = await compressOnRequest(await readFile(file), encoding);
  packedCache.set(key, { version, body });
  return body;
}

async function respond(req: IncomingMessage, res: ServerResponse, file: string, pathname: string): Promise<void> {
  const info = await stat(file);
  if (!info.isFile()) throw new Error('not a file');
  const compressible = isCompressible(file);
  const encoding = compressible ? chooseEncoding(req.headers['accept-encoding']) : null;
  const version = `${info.size.toString(36)}-${Math.floor(info.mtimeMs).toString(36)}`;
  const etag = `"${version}${encoding ? `-${encoding}` : ''}"`;
  const headers: Record<string, string> = {
    'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': cacheControl(pathname),
    ETag: etag,
  };
  if (compressible) headers.Vary = 'Accept-Encoding';
  if (csp) headers['Content-Security-Policy'] = csp;
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  const body = encoding ? await encodedBody(file, version, info.mtimeMs, encoding) : await readFile(file);
  if (encoding) headers['Content-Encoding'] = encoding;
  headers['Content-Length'] = String(body.length);
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}

server.listen(Number(values.port), values.host, () => {
  const origin = `http://${values.host}:${values.port}`;
  console.log(`Serving ${path.relative(process.cwd(), root) || '.'} at ${origin}/`);
  if (base !== '/') console.log(`  and under the sub-path ${origin}${base}`);
  if (csp) console.log(`  with Content-Security-Policy: ${csp}`);
  if (values.data) console.log(`  with data/ from ${path.relative(process.cwd(), dataRoot)}`);
});
