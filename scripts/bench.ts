/**
 * `npm run bench`: builds, serves the production build on loopback as `npm start` does, and measures it
 * in Chromium: the JS the first view waits for (from its requests), the time to the full first view
 * and interaction latency with the CPU throttled 4×, DOM size, JS heap and layout shift (the median of
 * several runs), and Lighthouse's performance score and total blocking time (mobile preset) on the
 * default view and each embed, each against the budgets in scripts/perf-budgets.ts.
 *
 *   npm run bench [-- --runs 5] [--no-build] [--scale 10] [--lighthouse-runs 3] [--no-lighthouse]
 *
 * Beside the dashboard, in the same runs, alternating:
 * - the **floor**: a static page holding the first view's visible text (read from the dashboard at the
 *   start of the run), no script, no image: the least a browser can take to show that much text. The
 *   full first view's budget is a multiple of it.
 * - the **static drawing** (scripts/static-drawing.ts): the build's snapshot of the first view at 1440 px as
 *   a page of its own, with the app's style sheet and fonts and no script: the least the first view's own
 *   markup takes to show, however it is loaded.
 * - the **reference page** (scripts/bench-reference/): React, five shapes, one Recharts line chart and a
 *   list, built with the same options: what the stack takes before the dashboard adds anything.
 * - with `--scale N` (10 unless 0), a synthetic dataset N times larger, in a copy of dist/.
 * Exits 1 when a budget is exceeded.
 *
 * The first view is stamped by the page in the task after the frame that completes it (map, chart line
 * and first meeting drawn); the floor's is its first contentful paint, when all of its text is drawn.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { productionBuild } from '../vite.config.ts';
import type { EventsFile, TradeFile } from '../src/data/schemas.ts';
import { escapeMarkup } from '../src/lib/escape-markup.ts';
import { MANIFEST_META, type SnapshotManifest } from '../src/snapshot/snapshot-manifest.ts';
import { scaleEvents, scaleTrade } from './bench-data.ts';
import { decodeAttribute, drawingHead, staticDrawingPage } from './static-drawing.ts';
import { chromiumLaunchOptions } from './browser-path.ts';
import { viewScripts } from './first-view-js.ts';
import { BUDGETS, formatColumns, formatTable, kb, measureBuild, sizeRows, type BudgetRow } from './perf-budgets.ts';
import { freePort, serveBuild } from './serve-build.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    scale: { type: 'string', default: '10' },
    throttle: { type: 'string', default: '4' },
    'lighthouse-runs': { type: 'string', default: '3' },
    'no-build': { type: 'boolean', default: false },
    'no-reference': { type: 'boolean', default: false },
    'no-lighthouse': { type: 'boolean', default: false },
  },
});
const RUNS = Number(values.runs);
const THROTTLE = Number(values.throttle);
const SCALE = Number(values.scale) === 0 ? null : Number(values.scale);
const LIGHTHOUSE_RUNS = values['no-lighthouse'] ? 0 : Number(values['lighthouse-runs']);
if (!(RUNS >= 1) || !(THROTTLE >= 1) || (SCALE !== null && !(SCALE >= 2)) || !(LIGHTHOUSE_RUNS >= 0)) {
  console.error(
    'usage: npm run bench [-- --runs 5] [--throttle 4] [--no-build] [--scale N (N ≥ 2, 0: none)] [--no-reference] [--lighthouse-runs 3] [--no-lighthouse]',
  );
  process.exit(2);
}

interface RunFigures {
  /** The first paint with content: on the dashboard, its startup screen. */
  firstPaintMs: number;
  firstViewMs: number;
  /** When the app itself had drawn the first view (`data-render-complete`): with a snapshot shown, when it took over. */
  appDrawnMs: number;
  /** Whether the build's snapshot of the first view was shown, or why not (`<html data-first-view-snapshot>`). */
  snapshot: string;
  countryMs: number;
  yearMs: number;
  domNodes: number;
  heapBytes: number;
  cls: number;
  shifts: string[];
}

// ------------------------------------------------------------------ in the page

/**
 * Installed before the app's scripts: sums layout shifts, and stamps the first frame in which the
 * map's five countries, a chart line and the first meeting are all in the DOM.
 */
function instrument() {
  interface Bench {
    cls: number;
    firstView?: number;
    appDrawn?: number;
    /** Each shift: when, how much, and what moved (tag.class). */
    shifts: string[];
  }
  const bench: Bench = { cls: 0, shifts: [] };
  const describe = (node: Node | null) =>
    node instanceof Element
      ? `${node.tagName.toLowerCase()}${node.classList.length ? `.${[...node.classList].join('.')}` : ''}`
      : '?';
  Object.assign(window, { __bench: bench });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & {
      value: number;
      hadRecentInput: boolean;
      sources?: { node: Node | null }[];
    })[]) {
      if (entry.hadRecentInput) continue;
      bench.cls += entry.value;
      const moved = (entry.sources ?? []).map((source) => describe(source.node)).join(', ');
      bench.shifts.push(`${entry.value.toFixed(3)} at ${entry.startTime.toFixed(0)} ms (${moved})`);
    }
  }).observe({ type: 'layout-shift', buffered: true });
  // What is drawn out of sight (the app beneath the first view's snapshot) is not drawn yet.
  const seen = (element: Element) => element.closest('.is-offstage') === null;
  const region = (heading: string) =>
    [...document.querySelectorAll('section')].find((s) => seen(s) && s.querySelector('h2')?.textContent === heading);
  const drawn = () =>
    (region('Trade with China by country')?.querySelectorAll('svg [role="button"][fill]').length ?? 0) >= 5 &&
    [...document.querySelectorAll('.plain-chart-line[d], .recharts-line-curve[d]')].some(seen) &&
    (region('Meetings and summits')?.querySelector('li') ?? null) !== null;
  const appObserver = new MutationObserver(() => {
    if (document.getElementById('root')?.dataset.renderComplete === undefined) return;
    appObserver.disconnect();
    bench.appDrawn = performance.now();
  });
  appObserver.observe(document, { subtree: true, attributes: true, attributeFilter: ['data-render-complete'] });
  let pending = false;
  const observer = new MutationObserver(() => {
    if (pending || !drawn()) return;
    pending = true;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => (bench.firstView = performance.now())));
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true });
}

/**
 * Resolves with the time from the next `eventType` event (its timestamp) to the first frame after
 * `changed()` holds. `what` picks the condition: the chart retitled and redrawn, or the map recoloured.
 */
function watchLatency([eventType, what, countryName]: [string, 'chart' | 'map', string]) {
  // The visible chart's first line: the trade panel keeps the other states' charts drawn but hidden.
  // Found by the deck's markup (the reference page has one chart and no deck), not by checkVisibility(),
  // which would lay the page out in the middle of the change being timed.
  const curve = () =>
    document
      .querySelector(
        document.querySelector('.chart-deck')
          ? '.chart-deck > :not([hidden]) :is(.plain-chart-line, .recharts-line-curve)'
          : '.recharts-line-curve',
      )
      ?.getAttribute('d') ?? '';
  const fills = () =>
    [...document.querySelectorAll('svg [role="button"][fill]')].map((e) => e.getAttribute('fill')).join();
  const tradeTitle = () => [...document.querySelectorAll('h2')].map((h) => h.textContent).join('|');
  const before = what === 'chart' ? curve() : fills();
  const changed =
    what === 'chart'
      ? () => tradeTitle().includes(`China and ${countryName}`) && curve() !== before && curve() !== ''
      : () => fills() !== before;
  const latency = new Promise<number>((resolve) => {
    document.addEventListener(
      eventType,
      (event) => {
        const start = event.timeStamp;
        const done = () => requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start)));
        if (changed()) return done();
        const observer = new MutationObserver(() => {
          if (!changed()) return;
          observer.disconnect();
          done();
        });
        observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
      },
      { capture: true, once: true },
    );
  });
  Object.assign(window, { __latency: latency });
}

// ------------------------------------------------------------------ one run

type Kind = 'app' | 'floor' | 'static';

async function measureOnce(browser: Browser, url: string, kind: Kind): Promise<RunFigures> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  if (kind === 'floor') return measureFloor(context, page, cdp, url);
  // tsx compiles named functions with an `__name` helper that the page does not have.
  await page.addInitScript({ content: 'window.__name = (fn) => fn;' });
  await page.addInitScript(instrument);
  page.on('pageerror', (error) => console.error(`  page error: ${error.message}`));
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => (window as unknown as { __bench: { firstView?: number } }).__bench.firstView, null, {
    timeout: 60_000,
    polling: 100,
  });
  if (kind === 'static') return measureStatic(context, page, cdp);
  // The interactions are timed on the app: with the snapshot shown, once it has taken over.
  await page.waitForFunction(() => document.querySelector('.first-view-snapshot') === null, null, { timeout: 60_000 });
  await page.waitForTimeout(1000); // let late shifts and the chart's entry animation land
  const { firstView, appDrawn, cls, shifts, domNodes, firstPaint, snapshot } = await page.evaluate(() => {
    const bench = (
      window as unknown as { __bench: { firstView: number; appDrawn?: number; cls: number; shifts: string[] } }
    ).__bench;
    const paint = performance.getEntriesByName('first-contentful-paint')[0];
    return {
      ...bench,
      appDrawn: bench.appDrawn ?? NaN,
      snapshot: document.documentElement.dataset.firstViewSnapshot ?? 'none',
      domNodes: document.getElementsByTagName('*').length,
      firstPaint: paint?.startTime ?? NaN,
    };
  });
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');

  // Clicked with the mouse at a point of the shape, as a person would. A locator's click() checks, while
  // the event is dispatched, that the hit element is the one its query finds: in a trace, ~60 ms at 4×
  // of Playwright's own accessible-name matching fell inside the click's handling, and was timed.
  const uzbekistan = page
    .getByRole('region', { name: 'Trade with China by country' })
    .getByRole('button', { name: /^Uzbekistan:/ });
  const [x, y] = await uzbekistan.evaluate(pointOnElement);
  await page.mouse.move(x, y);
  const countryMs = await timeInteraction(page, ['click', 'chart', 'Uzbekistan'], () => page.mouse.click(x, y));
  // The map's year list (the range brush's sliders are named for years too, and the timeline has a Year filter).
  const yearSelect = page
    .getByRole('region', { name: 'Trade with China by country' })
    .getByRole('combobox', { name: /^Year\b/ });
  const years = await yearSelect.locator('option').allTextContents();
  const current = await yearSelect.inputValue();
  const other = years.find((y) => Number(y) <= Number(current) - 10) ?? years.at(-1) ?? current;
  const yearMs = await timeInteraction(page, ['change', 'map', ''], () => yearSelect.selectOption(other));
  await context.close();
  return {
    firstPaintMs: firstPaint,
    firstViewMs: firstView,
    appDrawnMs: appDrawn,
    snapshot,
    countryMs,
    yearMs,
    domNodes,
    heapBytes: heap.usedSize,
    cls,
    shifts,
  };
}

/** The static drawing is timed as the dashboard is (its first view stamped by `instrument`); it has nothing to click. */
async function measureStatic(context: BrowserContext, page: Page, cdp: CDPSession): Promise<RunFigures> {
  const { firstView, cls, shifts, firstPaint } = await page.evaluate(() => {
    const bench = (window as unknown as { __bench: { firstView: number; cls: number; shifts: string[] } }).__bench;
    return { ...bench, firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN };
  });
  return staticPageFigures(context, page, cdp, { firstPaintMs: firstPaint, firstViewMs: firstView, cls, shifts });
}

/** A page with nothing to click (the floor, the static drawing): its DOM size and heap, then the context closed. */
async function staticPageFigures(
  context: BrowserContext,
  page: Page,
  cdp: CDPSession,
  timed: Pick<RunFigures, 'firstPaintMs' | 'firstViewMs' | 'cls' | 'shifts'>,
): Promise<RunFigures> {
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const domNodes = await page.evaluate(() => document.getElementsByTagName('*').length);
  await context.close();
  return {
    ...timed,
    appDrawnMs: Number.NaN,
    snapshot: 'none',
    countryMs: Number.NaN,
    yearMs: Number.NaN,
    domNodes,
    heapBytes: heap.usedSize,
  };
}

/** The floor page draws all of its text in its first paint: that paint is its full first view. */
async function measureFloor(context: BrowserContext, page: Page, cdp: CDPSession, url: string): Promise<RunFigures> {
  await page.goto(url);
  const firstPaint = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) => {
          const paint = list.getEntriesByName('first-contentful-paint')[0];
          if (paint) resolve(paint.startTime);
        }).observe({ type: 'paint', buffered: true });
      }),
  );
  return staticPageFigures(context, page, cdp, {
    firstPaintMs: firstPaint,
    firstViewMs: firstPaint,
    cls: 0,
    shifts: [],
  });
}

/** A point of the viewport where `element` is what a click hits (a shape's box may be mostly its neighbours'). */
function pointOnElement(element: Element): [number, number] {
  const box = element.getBoundingClientRect();
  for (let i = 1; i < 20; i++)
    for (let j = 1; j < 20; j++) {
      const x = box.left + (box.width * i) / 20;
      const y = box.top + (box.height * j) / 20;
      const hit = document.elementFromPoint(x, y);
      if (hit && (hit === element || element.contains(hit))) return [x, y];
    }
  throw new Error(`bench: no point of ${element.tagName} can be clicked`);
}

async function timeInteraction(page: Page, args: [string, 'chart' | 'map', string], act: () => Promise<unknown>) {
  await page.evaluate(watchLatency, args);
  await act();
  return page.evaluate(() => (window as unknown as { __latency: Promise<number> }).__latency);
}

// ------------------------------------------------------------------ serving and running

const ms = (x: number) => `${x.toFixed(0)} ms`;

/** The median of the figures a run could take (a missing paint entry is NaN and left out). */
const median = (xs: readonly number[]) => {
  const s = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? NaN) : ((s[mid - 1] ?? NaN) + (s[mid] ?? NaN)) / 2;
};

/**
 * The medians of RUNS runs of each build. With several, their runs alternate (one of each, then the
 * next, starting each round one build further on), so that a shared machine's slower minutes and any
 * effect of the order fall on all of them alike.
 */
async function measureRuns(
  browser: Browser,
  targets: readonly { dir: string; label: string; kind: Kind }[],
): Promise<RunFigures[]> {
  const servers = await Promise.all(targets.map(({ dir }) => serveBuild(dir)));
  try {
    const runs: RunFigures[][] = targets.map(() => []);
    for (let i = 0; i < RUNS; i++) {
      for (let k = 0; k < targets.length; k++) {
        const t = (i + k) % targets.length;
        const label = targets[t]?.label ?? '';
        const run = await measureOnce(browser, servers[t]?.url ?? '', targets[t]?.kind ?? 'app');
        runs[t]?.push(run);
        console.log(
          `  ${label} run ${i + 1}/${RUNS}: first view ${run.firstViewMs.toFixed(0)} ms` +
            (Number.isNaN(run.appDrawnMs)
              ? ''
              : ` (snapshot: ${run.snapshot}; app drawn ${run.appDrawnMs.toFixed(0)} ms)`) +
            (Number.isNaN(run.countryMs)
              ? ''
              : `, country ${run.countryMs.toFixed(0)} ms, year ${run.yearMs.toFixed(0)} ms`),
        );
      }
    }
    return runs.map((own) => {
      const pick = (key: Exclude<keyof RunFigures, 'shifts' | 'snapshot'>) => median(own.map((r) => r[key]));
      const states = [...new Set(own.map((r) => r.snapshot))];
      return {
        firstPaintMs: pick('firstPaintMs'),
        firstViewMs: pick('firstViewMs'),
        appDrawnMs: pick('appDrawnMs'),
        snapshot: states.join(' / '),
        countryMs: pick('countryMs'),
        yearMs: pick('yearMs'),
        domNodes: pick('domNodes'),
        heapBytes: pick('heapBytes'),
        cls: pick('cls'),
        shifts: own.at(-1)?.shifts ?? [],
      };
    });
  } finally {
    servers.forEach((server) => {
      server.stop();
    });
  }
}

/** Builds scripts/bench-reference/ into a temporary folder with the app's build options and React plugin. */
async function buildReference(): Promise<string> {
  const outDir = mkdtempSync(path.join(tmpdir(), 'c5-bench-reference-'));
  await build({
    configFile: false,
    root: path.resolve('scripts/bench-reference'),
    base: './',
    logLevel: 'warn',
    plugins: [react()],
    build: { ...productionBuild, outDir, emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  });
  return outDir;
}

/** The dashboard's timings beside the floor's, the static drawing's and the reference page's. */
function comparisonTable(
  app: RunFigures,
  floor: RunFigures,
  drawing: RunFigures | undefined,
  reference: RunFigures | undefined,
): string {
  const rows: [string, keyof RunFigures, (x: number) => string][] = [
    ['first contentful paint', 'firstPaintMs', ms],
    [`full first view (${THROTTLE}× CPU)`, 'firstViewMs', ms],
    [`the app drawn, in use (${THROTTLE}× CPU)`, 'appDrawnMs', ms],
    ['country → chart updated', 'countryMs', ms],
    ['year → map recoloured', 'yearMs', ms],
    ['DOM nodes', 'domNodes', String],
    ['JS heap (after GC)', 'heapBytes', (x) => `${(x / 1e6).toFixed(1)} MB`],
  ];
  const show = (format: (x: number) => string, x: number) => (Number.isNaN(x) ? '—' : format(x));
  const columns = [app, floor, ...(drawing ? [drawing] : []), ...(reference ? [reference] : [])];
  const cells = rows.map(([figure, key, format]) => [figure, ...columns.map((c) => show(format, c[key] as number))]);
  const ratio = (c: RunFigures) => `× ${(c.firstViewMs / floor.firstViewMs).toFixed(2)}`;
  cells.push(['full first view ÷ the floor’s', ...columns.map((c) => (c === floor ? '' : ratio(c)))]);
  return formatColumns(
    ['figure', 'dashboard', 'floor', ...(drawing ? ['static drawing'] : []), ...(reference ? ['reference'] : [])],
    cells,
  );
}

function runtimeRows(r: RunFigures, floor: RunFigures | undefined, drawing: RunFigures | undefined): BudgetRow[] {
  const limit = floor ? floor.firstViewMs * BUDGETS.firstViewFloorRatio : Number.NaN;
  return [
    { figure: 'first contentful paint', value: ms(r.firstPaintMs), budget: '—', pass: null },
    {
      figure: `full first view (${THROTTLE}× CPU)`,
      value: ms(r.firstViewMs),
      budget: floor ? `≤ ${ms(limit)} (${BUDGETS.firstViewFloorRatio}× the floor)` : '—',
      pass: floor ? r.firstViewMs <= limit : null,
    },
    { figure: `  the first view's snapshot`, value: r.snapshot, budget: '—', pass: null },
    ...(drawing && floor
      ? [
          {
            figure: `  the same drawing, static (no script)`,
            value: `${ms(drawing.firstViewMs)} (× ${(drawing.firstViewMs / floor.firstViewMs).toFixed(2)} the floor)`,
            budget: '—',
            pass: null,
          },
        ]
      : []),
    { figure: `  the app drawn, in use (${THROTTLE}× CPU)`, value: ms(r.appDrawnMs), budget: '—', pass: null },
    {
      figure: 'country → chart updated',
      value: ms(r.countryMs),
      budget: `≤ ${ms(BUDGETS.interactionMs)}`,
      pass: r.countryMs <= BUDGETS.interactionMs,
    },
    {
      figure: 'year → map recoloured',
      value: ms(r.yearMs),
      budget: `≤ ${ms(BUDGETS.interactionMs)}`,
      pass: r.yearMs <= BUDGETS.interactionMs,
    },
    { figure: 'CLS', value: r.cls.toFixed(3), budget: `≤ ${BUDGETS.cls}`, pass: r.cls <= BUDGETS.cls },
    { figure: 'DOM nodes', value: String(r.domNodes), budget: '—', pass: null },
    { figure: 'JS heap (after GC)', value: `${(r.heapBytes / 1e6).toFixed(1)} MB`, budget: '—', pass: null },
  ];
}

/**
 * How each timing grows with a dataset SCALE× larger: each under the budget's ratio. The first view is
 * the app's own drawing of it in both: the larger dataset's files are not those the build's snapshot was
 * drawn from, so it has none.
 */
function scaledRows(base: RunFigures, big: RunFigures): BudgetRow[] {
  const timings: [string, keyof RunFigures][] = [
    ['the app’s first view', 'appDrawnMs'],
    ['country → chart updated', 'countryMs'],
    ['year → map recoloured', 'yearMs'],
  ];
  return timings.map(([figure, key]) => {
    const ratio = (big[key] as number) / (base[key] as number);
    return {
      figure: `${figure}, ${String(SCALE)}× data`,
      value: `${ms(base[key] as number)} → ${ms(big[key] as number)} (× ${ratio.toFixed(2)})`,
      budget: `< × ${BUDGETS.scaledRatio}`,
      pass: ratio < BUDGETS.scaledRatio,
    };
  });
}

function scaledCopy(dist: string, factor: number): string {
  const dir = mkdtempSync(path.join(tmpdir(), `c5-bench-scale-${factor}-`));
  cpSync(dist, dir, { recursive: true });
  const rewrite = <T>(file: string, scale: (data: T, n: number) => T) => {
    const full = path.join(dir, 'data', file);
    writeFileSync(full, JSON.stringify(scale(JSON.parse(readFileSync(full, 'utf8')) as T, factor), null, 2));
  };
  rewrite<TradeFile>('trade.json', scaleTrade);
  rewrite<EventsFile>('events.json', scaleEvents);
  return dir;
}

// ------------------------------------------------------------------ the floor page

/**
 * The floor: the dashboard's first view as text only. Its visible text (what `innerText` reads once the
 * first view is drawn, line by line) in a static page with no script, no style sheet, no font to fetch
 * and no image, served by the same server.
 */
async function buildFloor(browser: Browser, url: string): Promise<{ dir: string; characters: number }> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(url);
  await page.locator('#root[data-render-complete="true"]').waitFor({ state: 'attached', timeout: 60_000 });
  const text = await page.evaluate(() => document.body.innerText);
  await page.close();
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const dir = mkdtempSync(path.join(tmpdir(), 'c5-bench-floor-'));
  const body = lines.map((line) => `<p>${escapeMarkup(line)}</p>`).join('\n');
  writeFileSync(
    path.join(dir, 'index.html'),
    `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>floor</title></head>\n<body>\n${body}\n</body></html>\n`,
  );
  return { dir, characters: lines.join('').length };
}

/**
 * The static drawing's page, in a copy of the build's assets: the snapshot drawn for the bench's viewport
 * (1440 px), in <html> with the attributes the app gives it there. Null when the build drew no snapshot.
 */
async function buildStaticDrawing(browser: Browser, url: string, dist: string): Promise<string | null> {
  const indexHtml = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const content = new RegExp(`<meta name="${MANIFEST_META}" content="([^"]*)"`).exec(indexHtml)?.[1];
  if (!content) return null;
  const manifest = JSON.parse(decodeAttribute(content)) as SnapshotManifest;
  const layout = manifest.layouts.find((entry) => entry.search === '' && entry.viewportWidth === 1440);
  if (!layout) return null;
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(url);
  await page.locator('#root[data-render-complete="true"]').waitFor({ state: 'attached', timeout: 60_000 });
  const attributes = await page.evaluate(() =>
    Object.fromEntries(
      [...document.documentElement.attributes]
        .filter((a) => !['data-first-view-snapshot', 'data-snapshot-ended'].includes(a.name))
        .map((a) => [a.name, a.value]),
    ),
  );
  await page.close();
  const drawing = readFileSync(path.join(dist, layout.href), 'utf8');
  const { html, css } = staticDrawingPage(drawing, drawingHead(indexHtml), attributes);
  const dir = mkdtempSync(path.join(tmpdir(), 'c5-bench-drawing-'));
  cpSync(path.join(dist, 'assets'), path.join(dir, 'assets'), { recursive: true });
  writeFileSync(path.join(dir, 'index.html'), html);
  writeFileSync(path.join(dir, 'drawing.css'), css);
  return dir;
}

// ------------------------------------------------------------------ Lighthouse

interface LighthouseFigures {
  score: number;
  tbtMs: number;
  fcpMs: number;
  lcpMs: number;
  cls: number;
}

/** A Chromium Lighthouse can drive: headless, on a free remote-debugging port. */
async function startDebuggableChromium(): Promise<{ port: number; stop: () => Promise<void> }> {
  const port = await freePort();
  const executable = chromiumLaunchOptions().executablePath ?? chromium.executablePath();
  const profile = mkdtempSync(path.join(tmpdir(), 'c5-bench-lighthouse-'));
  const child = spawn(
    executable,
    [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      `--user-data-dir=${profile}`,
      `--remote-debugging-port=${port}`,
      'about:blank',
    ],
    { stdio: 'ignore' },
  );
  for (let i = 0; i < 100; i++) {
    const up = await fetch(`http://127.0.0.1:${port}/json/version`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    port,
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill();
      await exited;
      // Chromium's helper processes can still be writing to the profile after the browser has exited: a
      // profile left in the temporary folder must not cost the run its figures.
      try {
        rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
      } catch (error) {
        console.warn(`bench: could not remove ${profile} (${error instanceof Error ? error.message : String(error)})`);
      }
    },
  };
}

/** Lighthouse's performance audit of `url`, its default (mobile) settings: simulated slow 4G and 4× CPU. */
async function lighthouseOnce(port: number, url: string): Promise<LighthouseFigures> {
  const { default: lighthouse } = await import('lighthouse');
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
  const lhr = result?.lhr;
  if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
  const audit = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  return {
    score: (lhr.categories.performance?.score ?? Number.NaN) * 100,
    tbtMs: audit('total-blocking-time'),
    fcpMs: audit('first-contentful-paint'),
    lcpMs: audit('largest-contentful-paint'),
    cls: audit('cumulative-layout-shift'),
  };
}

const LIGHTHOUSE_VIEWS = [
  { label: 'the page', query: '' },
  { label: 'embed: map', query: '?embed=map' },
  { label: 'embed: trade', query: '?embed=trade' },
  { label: 'embed: timeline', query: '?embed=timeline' },
] as const;

/** The median of LIGHTHOUSE_RUNS audits of each view, the views alternating. */
async function lighthouseRows(dist: string): Promise<{ rows: BudgetRow[]; detail: string }> {
  const server = await serveBuild(dist);
  const chrome = await startDebuggableChromium();
  try {
    const runs: LighthouseFigures[][] = LIGHTHOUSE_VIEWS.map(() => []);
    for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
      for (const [v, view] of LIGHTHOUSE_VIEWS.entries()) {
        const figures = await lighthouseOnce(chrome.port, `${server.url}${view.query}`);
        runs[v]?.push(figures);
        console.log(
          `  Lighthouse ${view.label} ${i + 1}/${LIGHTHOUSE_RUNS}: ${figures.score.toFixed(0)}, TBT ${ms(figures.tbtMs)}`,
        );
      }
    }
    const rows: BudgetRow[] = [];
    const detail: string[][] = [];
    for (const [v, view] of LIGHTHOUSE_VIEWS.entries()) {
      const own = runs[v] ?? [];
      const pick = (key: keyof LighthouseFigures) => median(own.map((r) => r[key]));
      const score = pick('score');
      const tbt = pick('tbtMs');
      rows.push(
        {
          figure: `Lighthouse performance, ${view.label}`,
          value: score.toFixed(0),
          budget: `≥ ${BUDGETS.lighthouseScore}`,
          pass: score >= BUDGETS.lighthouseScore,
        },
        {
          figure: `total blocking time, ${view.label}`,
          value: ms(tbt),
          budget: `≤ ${ms(BUDGETS.totalBlockingTimeMs)}`,
          pass: tbt <= BUDGETS.totalBlockingTimeMs,
        },
      );
      detail.push([view.label, ms(pick('fcpMs')), ms(pick('lcpMs')), pick('cls').toFixed(3)]);
    }
    return {
      rows,
      detail: formatColumns(
        ['Lighthouse (medians)', 'first contentful paint', 'largest contentful paint', 'CLS'],
        detail,
      ),
    };
  } finally {
    await chrome.stop();
    server.stop();
  }
}

async function main() {
  if (!values['no-build']) {
    const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  const dist = path.resolve('dist');
  const browser = await chromium.launch(chromiumLaunchOptions());
  const temporary: string[] = [];
  try {
    console.log(`\nbench: ${RUNS} runs, CPU throttled ${THROTTLE}×, Chromium ${browser.version()}, 1440×900\n`);
    const app = await serveBuild(dist);
    let firstView;
    let floor;
    let drawingDir;
    try {
      firstView = await viewScripts(browser, app.url, dist);
      floor = await buildFloor(browser, app.url);
      drawingDir = await buildStaticDrawing(browser, app.url, dist);
    } finally {
      app.stop();
    }
    temporary.push(floor.dir);
    if (drawingDir) temporary.push(drawingDir);
    const referenceDir = values['no-reference'] ? null : await buildReference();
    if (referenceDir) temporary.push(referenceDir);
    const scaledDir = SCALE === null ? null : scaledCopy(dist, SCALE);
    if (scaledDir) temporary.push(scaledDir);
    const targets = [
      { dir: dist, label: 'dashboard', kind: 'app' as const },
      { dir: floor.dir, label: 'floor', kind: 'floor' as const },
      ...(drawingDir ? [{ dir: drawingDir, label: 'static drawing', kind: 'static' as const }] : []),
      ...(referenceDir ? [{ dir: referenceDir, label: 'reference', kind: 'app' as const }] : []),
      ...(scaledDir ? [{ dir: scaledDir, label: `${String(SCALE)}× data`, kind: 'app' as const }] : []),
    ];
    const measured = await measureRuns(browser, targets);
    const [runs, floorRuns] = measured;
    const of = (label: string) => measured[targets.findIndex((target) => target.label === label)];
    const drawing = of('static drawing');
    const reference = of('reference');
    const scaled = scaledDir ? measured.at(-1) : undefined;
    if (!runs || !floorRuns) throw new Error('bench: no runs');

    const lighthouse = LIGHTHOUSE_RUNS > 0 ? await lighthouseRows(dist) : null;
    const rows = [
      ...sizeRows(measureBuild(dist), firstView.total),
      ...runtimeRows(runs, floorRuns, drawing),
      ...(scaled ? scaledRows(runs, scaled) : []),
      ...(lighthouse?.rows ?? []),
    ];
    console.log(`\nThe curated dataset (medians of ${RUNS} runs; Lighthouse: of ${LIGHTHOUSE_RUNS})\n`);
    console.log(formatTable(rows));
    if (lighthouse) console.log(`\n${lighthouse.detail}`);
    console.log(`\nlayout shifts (last run): ${runs.shifts.join('; ') || 'none'}`);
    console.log(
      `\nThe floor (a static page of the first view's ${floor.characters.toLocaleString('en')} characters of text), the static drawing (the build's\nsnapshot of the first view with the app's style sheet and fonts, no script) and the reference page\n(scripts/bench-reference/: React, five shapes, one Recharts line chart, a list; the same build options),\ntimed in the same runs, alternating with the dashboard's\n`,
    );
    console.log(comparisonTable(runs, floorRuns, drawing, reference));
    if (scaled) console.log(`\nlayout shifts at ${String(SCALE)}× (last run): ${scaled.shifts.join('; ') || 'none'}`);
    console.log(
      `\nthe first view waited for: ${firstView.waitedFor.map((f) => `${f.file} ${kb(f.bytes)}`).join(', ')}`,
    );
    console.log(`fetched after it was drawn: ${firstView.later.join(', ') || 'nothing'}`);
    const failed = rows.filter((r) => r.pass === false);
    console.log(
      failed.length ? `\nbench: over budget: ${failed.map((r) => r.figure).join('; ')}` : '\nbench: every budget met',
    );
    process.exitCode = failed.length ? 1 : 0;
  } finally {
    await browser.close();
    for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
  }
}

await main();
