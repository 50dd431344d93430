/**
 * `npm run bench`: builds, serves the production build on loopback, and measures it in Chromium with
 * the CPU throttled 4×: bytes, time to the full first view, interaction latency, DOM size, JS heap and
 * layout shift; the median of several runs, against the budgets in scripts/perf-budgets.ts.
 *
 *   npm run bench [-- --runs 5] [--no-build] [--scale 10] [--no-reference]
 *
 * `--scale N` also measures a synthetic dataset N times larger (in a temporary copy of dist/) and
 * prints how each figure grows. Unless `--no-reference`, the same timings are taken on a reference page
 * built from the same stack and doing the least (scripts/bench-reference/), and printed beside the
 * dashboard's: what the host and the stack cost before the dashboard adds anything. The builds' runs
 * alternate. Exits 1 when a budget of the curated dataset is exceeded.
 *
 * The first view is stamped by the page in the task after the frame that completes it; the first
 * contentful paint is the browser's own entry, the time that frame was presented, which can come a few
 * ms later: a page drawn in one frame may show its paint after its first view.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Page } from '@playwright/test';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { productionBuild } from '../vite.config.ts';
import type { EventsFile, TradeFile } from '../src/data/schemas.ts';
import { scaleEvents, scaleTrade } from './bench-data.ts';
import { chromiumLaunchOptions } from './browser-path.ts';
import { BUDGETS, formatColumns, formatTable, kb, measureBuild, sizeRows, type BudgetRow } from './perf-budgets.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    scale: { type: 'string' },
    throttle: { type: 'string', default: '4' },
    'no-build': { type: 'boolean', default: false },
    'no-reference': { type: 'boolean', default: false },
  },
});
const RUNS = Number(values.runs);
const THROTTLE = Number(values.throttle);
const SCALE = values.scale === undefined ? null : Number(values.scale);
if (!(RUNS >= 1) || !(THROTTLE >= 1) || (SCALE !== null && !(SCALE >= 2))) {
  console.error('usage: npm run bench [-- --runs 5] [--throttle 4] [--no-build] [--scale N (N ≥ 2)] [--no-reference]');
  process.exit(2);
}

interface RunFigures {
  /** The first paint with content: on the dashboard, its startup screen. */
  firstPaintMs: number;
  firstViewMs: number;
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
  const region = (heading: string) =>
    [...document.querySelectorAll('section')].find((s) => s.querySelector('h2')?.textContent === heading);
  const drawn = () =>
    (region('Trade with China by country')?.querySelectorAll('svg [role="button"][fill]').length ?? 0) >= 5 &&
    document.querySelector('.recharts-line-curve[d]') !== null &&
    (region('Meetings and summits')?.querySelector('li') ?? null) !== null;
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
  const curve = () =>
    [...document.querySelectorAll('.recharts-line-curve')].find((line) => line.checkVisibility())?.getAttribute('d') ??
    '';
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

async function measureOnce(browser: Browser, url: string): Promise<RunFigures> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  // tsx compiles named functions with an `__name` helper that the page does not have.
  await page.addInitScript({ content: 'window.__name = (fn) => fn;' });
  await page.addInitScript(instrument);
  page.on('pageerror', (error) => console.error(`  page error: ${error.message}`));
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => (window as unknown as { __bench: { firstView?: number } }).__bench.firstView, null, {
    timeout: 60_000,
    polling: 100,
  });
  await page.waitForTimeout(1000); // let late shifts and the chart's entry animation land
  const { firstView, cls, shifts, domNodes, firstPaint } = await page.evaluate(() => {
    const bench = (window as unknown as { __bench: { firstView: number; cls: number; shifts: string[] } }).__bench;
    const paint = performance.getEntriesByName('first-contentful-paint')[0];
    return { ...bench, domNodes: document.getElementsByTagName('*').length, firstPaint: paint?.startTime ?? NaN };
  });
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');

  const countryMs = await timeInteraction(page, ['click', 'chart', 'Uzbekistan'], () =>
    page
      .getByRole('region', { name: 'Trade with China by country' })
      .getByRole('button', { name: /^Uzbekistan:/ })
      .click(),
  );
  // The map's year list (the range brush's sliders are named for years too).
  const yearSelect = page.getByRole('combobox', { name: /^Year\b/ });
  const years = await yearSelect.locator('option').allTextContents();
  const current = await yearSelect.inputValue();
  const other = years.find((y) => Number(y) <= Number(current) - 10) ?? years.at(-1) ?? current;
  const yearMs = await timeInteraction(page, ['change', 'map', ''], () => yearSelect.selectOption(other));
  await context.close();
  return {
    firstPaintMs: firstPaint,
    firstViewMs: firstView,
    countryMs,
    yearMs,
    domNodes,
    heapBytes: heap.usedSize,
    cls,
    shifts,
  };
}

async function timeInteraction(page: Page, args: [string, 'chart' | 'map', string], act: () => Promise<unknown>) {
  await page.evaluate(watchLatency, args);
  await act();
  return page.evaluate(() => (window as unknown as { __latency: Promise<number> }).__latency);
}

// ------------------------------------------------------------------ serving and running

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function serve(dir: string): Promise<{ url: string; stop: () => void }> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'scripts/serve.ts', '--port', String(port), '--dir', dir, '--csp'],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  await new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`serve.ts exited with ${String(code)}`)));
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Serving')) resolve();
    });
  });
  return { url: `http://127.0.0.1:${port}/`, stop: () => child.kill() };
}

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
  targets: readonly { dir: string; label: string }[],
): Promise<RunFigures[]> {
  const servers = await Promise.all(targets.map(({ dir }) => serve(dir)));
  try {
    const runs: RunFigures[][] = targets.map(() => []);
    for (let i = 0; i < RUNS; i++) {
      for (let k = 0; k < targets.length; k++) {
        const t = (i + k) % targets.length;
        const label = targets[t]?.label ?? '';
        const run = await measureOnce(browser, servers[t]?.url ?? '');
        runs[t]?.push(run);
        console.log(
          `  ${label} run ${i + 1}/${RUNS}: first view ${run.firstViewMs.toFixed(0)} ms, country ${run.countryMs.toFixed(0)} ms, year ${run.yearMs.toFixed(0)} ms`,
        );
      }
    }
    return runs.map((own) => {
      const pick = (key: Exclude<keyof RunFigures, 'shifts'>) => median(own.map((r) => r[key]));
      return {
        firstPaintMs: pick('firstPaintMs'),
        firstViewMs: pick('firstViewMs'),
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

/** The timed figures of the dashboard beside the reference page's, and what the dashboard adds. */
function referenceTable(app: RunFigures, reference: RunFigures): string {
  const rows: [string, number, number, (x: number) => string][] = [
    ['first contentful paint (the dashboard’s: its startup screen)', app.firstPaintMs, reference.firstPaintMs, ms],
    [`full first view (${THROTTLE}× CPU)`, app.firstViewMs, reference.firstViewMs, ms],
    ['country → chart updated', app.countryMs, reference.countryMs, ms],
    ['year → map recoloured', app.yearMs, reference.yearMs, ms],
    ['DOM nodes', app.domNodes, reference.domNodes, String],
    ['JS heap (after GC)', app.heapBytes, reference.heapBytes, (x) => `${(x / 1e6).toFixed(1)} MB`],
  ];
  const cells = rows.map(([figure, a, r, format]) => [
    figure,
    format(a),
    format(r),
    `${a >= r ? '+' : '−'}${format(Math.abs(a - r))}`,
  ]);
  return formatColumns(['figure', 'dashboard', 'reference', 'dashboard adds'], cells);
}

function runtimeRows(r: RunFigures): BudgetRow[] {
  return [
    { figure: 'first contentful paint', value: ms(r.firstPaintMs), budget: '—', pass: null },
    {
      figure: `full first view (${THROTTLE}× CPU)`,
      value: ms(r.firstViewMs),
      budget: `≤ ${ms(BUDGETS.firstViewMs)}`,
      pass: r.firstViewMs <= BUDGETS.firstViewMs,
    },
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

async function main() {
  if (!values['no-build']) {
    const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  const dist = path.resolve('dist');
  const browser = await chromium.launch(chromiumLaunchOptions());
  let scaledDir: string | null = null;
  let referenceDir: string | null = null;
  try {
    console.log(`\nbench: ${RUNS} runs, CPU throttled ${THROTTLE}×, Chromium ${browser.version()}, 1440×900\n`);
    if (!values['no-reference']) referenceDir = await buildReference();
    if (SCALE !== null) scaledDir = scaledCopy(dist, SCALE);
    const targets = [
      { dir: dist, label: '1×' },
      ...(referenceDir ? [{ dir: referenceDir, label: 'reference' }] : []),
      ...(scaledDir ? [{ dir: scaledDir, label: `${String(SCALE)}×` }] : []),
    ];
    const measured = await measureRuns(browser, targets);
    const [runs] = measured;
    const reference = referenceDir ? measured[1] : undefined;
    const scaled = scaledDir ? measured.at(-1) : undefined;
    if (!runs) throw new Error('bench: no runs');
    const sizes = measureBuild(dist);
    const rows = [...sizeRows(sizes), ...runtimeRows(runs)];
    console.log(`\nCurated dataset (medians of ${RUNS} runs)\n`);
    console.log(formatTable(rows));
    console.log(`\nlayout shifts (last run): ${runs.shifts.join('; ') || 'none'}`);
    if (reference) {
      console.log(
        `\nThe same timings on the reference page (scripts/bench-reference/: React, five shapes, one Recharts line chart\nwith the dashboard's axes, redrawn on a click, a list; the same build options), runs alternating with the\ndashboard's: what this host and the stack take on their own\n`,
      );
      console.log(referenceTable(runs, reference));
    }

    if (scaledDir && scaled) {
      const scaledRows = [...sizeRows(measureBuild(scaledDir)), ...runtimeRows(scaled)];
      const number = (text: string) => Number.parseFloat(text);
      console.log(`\nGrowth with a synthetic dataset ${String(SCALE)}× larger (trade observations and events)\n`);
      console.log(
        formatTable(
          rows.map((row, i) => {
            const big = scaledRows[i];
            const ratio =
              big && number(row.value) > 0 ? `× ${(number(big.value) / number(row.value)).toFixed(2)}` : '—';
            return {
              figure: row.figure,
              value: `${row.value} → ${big?.value ?? '?'}`,
              budget: ratio,
              pass: big?.pass ?? null,
            };
          }),
        ).replace('budget', 'growth'),
      );
      console.log(`\nlayout shifts at ${String(SCALE)}× (last run): ${scaled.shifts.join('; ') || 'none'}`);
    }
    const failed = rows.filter((r) => r.pass === false);
    console.log(
      failed.length ? `\nbench: over budget: ${failed.map((r) => r.figure).join('; ')}` : '\nbench: every budget met',
    );
    console.log(`initial JS files: ${sizes.initialFiles.map((f) => `${f.file} ${kb(f.bytes)}`).join(', ')}`);
    process.exitCode = failed.length ? 1 : 0;
  } finally {
    await browser.close();
    if (scaledDir) rmSync(scaledDir, { recursive: true, force: true });
    if (referenceDir) rmSync(referenceDir, { recursive: true, force: true });
  }
}

await main();
