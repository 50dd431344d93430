import { cp, readFile } from 'node:fs/promises';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const DATA_DIR = path.resolve(import.meta.dirname, 'data');
/** The files every panel reads; src/app/preload.ts fetches the same (and the map's geometry when it is shown). */
const PRELOADED_DATA = ['trade.json', 'countries.json', 'sources.json', 'events.json'];

/**
 * Curated data is fetched at run time, never bundled: in dev `/data/*.json` is served from `data/`,
 * and the build copies the folder to `dist/data/` so an administrator can replace a file without rebuilding.
 */
function curatedData(): Plugin {
  let outDir = 'dist';
  return {
    name: 'curated-data',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    configureServer(server) {
      server.middlewares.use('/data/', (req, res, next) => {
        const name = decodeURIComponent((req.url ?? '').split('?')[0] ?? '').replace(/^\/+/, '');
        if (!/^[\w.-]+\.json$/.test(name)) {
          next();
          return;
        }
        readFile(path.join(DATA_DIR, name))
          .then((body) => {
            res.setHeader('Content-Type', 'application/json; charset=utf-8');
            res.end(body);
          })
          .catch(() => {
            res.statusCode = 404;
            res.end();
          });
      });
    },
    // Preloaded by the HTML, the files download while the script is parsed; fetch() then takes them from
    // the preload (same URL, CORS mode and credentials). Injected here so that Vite does not bundle them.
    transformIndexHtml() {
      return PRELOADED_DATA.map((file) => ({
        tag: 'link',
        attrs: { rel: 'preload', href: `data/${file}`, as: 'fetch', crossorigin: true },
        injectTo: 'head' as const,
      }));
    },
    async writeBundle() {
      await cp(DATA_DIR, path.join(outDir, 'data'), {
        recursive: true,
        filter: (source) => !source.endsWith('.md'),
      });
    },
  };
}

export default defineConfig({
  // Relative base: dist/ works unchanged from `/` or from any sub-path.
  base: './',
  plugins: [react(), curatedData()],
  // The data files are checked in a module worker (src/data/validate-off-thread.ts).
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: false,
    // The app must run under `script-src 'self'`: no inline module preload polyfill.
    modulePreload: { polyfill: false },
  },
});
