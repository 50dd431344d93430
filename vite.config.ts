import { cp, readFile } from 'node:fs/promises';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type BuildOptions, type Plugin } from 'vite';
import { cjkFont } from './scripts/cjk-font.ts';
import { firstViewSnapshot } from './scripts/first-view-snapshot.ts';
import { messageCatalogues, readCatalogue } from './scripts/message-catalogues.ts';
import { precompress } from './scripts/static-files.ts';
import { startupMarkup, type StartupWords } from './src/app/startup-markup.ts';
import { type Language, LANGUAGES } from './src/i18n/languages.ts';

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

/**
 * The app's script (src/main.tsx) is imported by the small entry, src/boot.ts, once the data is on its
 * way. Preloading it and its chunks lets the browser fetch and parse them meanwhile: the page lists them
 * in `<meta name="app-modules">`, and the entry links them once the startup screen is painted
 * (app/start-loading.ts).
 */
function preloadApp(): Plugin {
  return {
    name: 'preload-app',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const chunks = Object.values(context.bundle ?? {}).filter((output) => output.type === 'chunk');
        const app = chunks.find((chunk) => chunk.facadeModuleId?.endsWith('/src/main.tsx'));
        if (!app) throw new Error('preload-app: no chunk for src/main.tsx in the bundle');
        const files = new Set<string>();
        const visit = (fileName: string) => {
          const chunk = chunks.find((c) => c.fileName === fileName);
          if (!chunk || chunk.isEntry || files.has(fileName)) return;
          files.add(fileName);
          chunk.imports.forEach(visit);
        };
        visit(app.fileName);
        // Chunks the entry imports are linked by Vite already.
        const content = [...files].filter((file) => !html.includes(`/${file}"`)).map((file) => `./${file}`);
        return [{ tag: 'meta', attrs: { name: 'app-modules', content: content.join(' ') }, injectTo: 'head' as const }];
      },
    },
  };
}

/** Writes the startup screen into the page, so that it is painted before any script has run. */
function startupScreen(): Plugin {
  return {
    name: 'startup-screen',
    async transformIndexHtml(html) {
      const empty = '<div id="root"></div>';
      if (!html.includes(empty)) throw new Error('startup-screen: index.html has no empty <div id="root">');
      const words: Partial<Record<Language, StartupWords>> = {};
      for (const language of LANGUAGES) {
        const messages = await readCatalogue(language);
        const word = (key: string) => messages[`app.${key}`] ?? '';
        words[language] = { title: word('title'), tagline: word('tagline'), loading: word('loading') };
      }
      return html.replace(empty, `<div id="root">${startupMarkup(words)}</div>`);
    },
  };
}

const FIRST_VIEW_LIBRARIES =
  /node_modules[\\/](react|react-dom|scheduler|@tanstack|@lingui|react-simple-maps|d3-(geo|array|zoom|selection|transition|interpolate|color|dispatch|drag|ease|timer)|topojson-client)[\\/]/;

const FIRST_VIEW_SHARED = new RegExp(
  [
    'lib/(format|compare|relayout|use-element-width|row-packer|partial-date)',
    'data/(selectors|measures|localise|queries|event-order|use-data|partner-shares|wording)',
    'components/(axis-tick|chart-config|chart-container|source-link|source-line|table-scroll|data-table|year-select)',
    'features/trade/(country-rows|range-brush|compare-rows|compare-values|compare-model|trade-series|event-layout)',
    'features/trade/components/(chart-layers|event-marks)',
    'i18n/(i18n|message)',
    'geo/map-projection',
  ]
    .map((path) => `[\\\\/]src[\\\\/]${path.replaceAll('/', '[\\\\/]')}\\.tsx?$`)
    .join('|'),
);

/** How the production build is made; the bench's reference page (scripts/bench-reference/) is built the same way. */
export const productionBuild = {
  target: 'es2022',
  sourcemap: false,
  // The app must run under `script-src 'self'`: no inline module preload polyfill.
  modulePreload: { polyfill: false },
  // One stylesheet, linked from index.html: the app's chunk is imported later, its styles must not be.
  cssCodeSplit: false,
  rolldownOptions: {
    output: {
      // V8's explicit compile hint: compile every function of the chunk while it streams in, on a
      // background thread, rather than each on the main thread at its first call. Nearly all of the
      // page's code runs for the first view; at 4x CPU this took ~0.4 s off it (npm run bench).
      postBanner: '//# allFunctionsCalledOnLoad',
      codeSplitting: {
        groups: [
          // The libraries the first view runs, in one chunk: over HTTP/1.1 a dozen small shared chunks
          // queue behind each other on a slow network. Recharts (fetched later) stays apart.
          { name: 'vendor', test: FIRST_VIEW_LIBRARIES },
          // The app's own modules that the first view and the later views share, in one chunk rather
          // than a dozen: each chunk costs its own imports and exports, ~4 kB gzipped in all. Not those
          // the entry (src/boot.ts) imports, which must stay small.
          { name: 'shared', test: FIRST_VIEW_SHARED, includeDependenciesRecursively: false },
        ],
      },
    },
  },
} satisfies BuildOptions;

export default defineConfig({
  // Relative base: dist/ works unchanged from `/` or from any sub-path.
  base: './',
  plugins: [
    react(),
    curatedData(),
    messageCatalogues(),
    cjkFont(),
    startupScreen(),
    preloadApp(),
    firstViewSnapshot(DATA_DIR),
    precompress(),
  ],
  // The data files are checked in a module worker (src/data/validate-off-thread.ts).
  worker: { format: 'es' },
  build: productionBuild,
});
