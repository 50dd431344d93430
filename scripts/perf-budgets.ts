/**
 * The performance budgets and the deterministic part of them: what the production build weighs,
 * gzipped, read from dist/. Shared by `npm run size` (fails on a regression) and `npm run bench`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** 1 kB = 1000 bytes, as Vite reports sizes. */
export const KB = 1000;

export const BUDGETS = {
  initialJs: 250 * KB,
  geometry: 60 * KB,
  firstViewMs: 1500,
  interactionMs: 100,
  cls: 0.02,
} as const;

export const GEOMETRY_FILE = 'central-asia.topo.json';

export interface BuildSizes {
  /** Scripts the page loads before anything can show: the entry and what it preloads. */
  initialJs: number;
  /** Chunks loaded later, on demand (dynamic imports). */
  lazyJs: number;
  css: number;
  /** The curated JSON files, without the geometry. */
  data: number;
  geometry: number;
  /** Every initial JS file with its gzipped size, largest first. */
  initialFiles: { file: string; bytes: number }[];
}

/** The scripts and style sheets that index.html loads at once, as paths relative to dist/. */
export function initialAssets(html: string): { scripts: string[]; styles: string[] } {
  const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]+)"`).exec(tag)?.[1];
  const clean = (href: string) => href.replace(/^\.?\//, '');
  const scripts: string[] = [];
  const styles: string[] = [];
  for (const [tag] of html.matchAll(/<(script|link)\b[^>]*>/g)) {
    const src = attr(tag, 'src');
    const href = attr(tag, 'href');
    const rel = attr(tag, 'rel');
    if (tag.startsWith('<script') && src) scripts.push(clean(src));
    else if (rel === 'modulepreload' && href) scripts.push(clean(href));
    else if (rel === 'stylesheet' && href) styles.push(clean(href));
  }
  return { scripts, styles };
}

/** zlib's default level (6), as most web servers compress. */
export const gzipSize = (bytes: Buffer | string) => gzipSync(bytes).length;

function filesUnder(dir: string, ext: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith(ext))
    .map((f) => f.split(path.sep).join('/'));
}

/** Gzipped sizes of a production build. */
export function measureBuild(distDir: string): BuildSizes {
  const { scripts, styles } = initialAssets(readFileSync(path.join(distDir, 'index.html'), 'utf8'));
  const size = (file: string) => gzipSize(readFileSync(path.join(distDir, file)));
  const initial = new Set(scripts);
  const allJs = filesUnder(distDir, '.js').filter((f) => !f.startsWith('data/'));
  const initialFiles = scripts.map((file) => ({ file, bytes: size(file) })).sort((a, b) => b.bytes - a.bytes);
  const dataFiles = filesUnder(path.join(distDir, 'data'), '.json');
  const sum = (files: string[]) => files.reduce((total, f) => total + size(f), 0);
  return {
    initialJs: initialFiles.reduce((total, f) => total + f.bytes, 0),
    lazyJs: sum(allJs.filter((f) => !initial.has(f))),
    css: sum(styles),
    data: sum(dataFiles.filter((f) => f !== GEOMETRY_FILE).map((f) => `data/${f}`)),
    geometry: size(`data/${GEOMETRY_FILE}`),
    initialFiles,
  };
}

export interface BudgetRow {
  figure: string;
  value: string;
  budget: string;
  pass: boolean | null;
}

export const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} kB`;

export function sizeRows(sizes: BuildSizes): BudgetRow[] {
  return [
    {
      figure: 'initial JS (gzip)',
      value: kb(sizes.initialJs),
      budget: `≤ ${kb(BUDGETS.initialJs)}`,
      pass: sizes.initialJs <= BUDGETS.initialJs,
    },
    { figure: 'lazy JS (gzip)', value: kb(sizes.lazyJs), budget: '—', pass: null },
    { figure: 'CSS (gzip)', value: kb(sizes.css), budget: '—', pass: null },
    { figure: 'data JSON (gzip)', value: kb(sizes.data), budget: '—', pass: null },
    {
      figure: 'geometry (gzip)',
      value: kb(sizes.geometry),
      budget: `≤ ${kb(BUDGETS.geometry)}`,
      pass: sizes.geometry <= BUDGETS.geometry,
    },
  ];
}

/** A plain-text table: a header, a rule, and the rows, each column as wide as its widest cell. */
export function formatColumns(header: readonly string[], cells: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)));
  const line = (c: readonly string[]) =>
    c
      .map((text, i) => text.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

/** A plain-text table: figure, value, budget, pass/fail. */
export function formatTable(rows: readonly BudgetRow[]): string {
  return formatColumns(
    ['figure', 'value', 'budget', 'result'],
    rows.map((r) => [r.figure, r.value, r.budget, r.pass === null ? '' : r.pass ? 'pass' : 'FAIL']),
  );
}
