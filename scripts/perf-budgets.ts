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
  /** The JS the first view waits for, counted from its requests (scripts/first-view-js.ts). */
  firstViewJs: 200 * KB,
  geometry: 60 * KB,
  /** The full first view, at most this many times the floor page's (a static page of the same text). */
  firstViewFloorRatio: 2,
  interactionMs: 100,
  cls: 0.02,
  /** Lighthouse's performance score (0–100), mobile preset, on the default view and each embed. */
  lighthouseScore: 95,
  totalBlockingTimeMs: 200,
  /** A dataset ten times larger costs less than this many times the time of the real one. */
  scaledRatio: 2,
} as const;

export const GEOMETRY_FILE = 'central-asia.topo.json';

export interface BuildSizes {
  /** Every script of the build, the worker's included. */
  allJs: number;
  css: number;
  /** The curated JSON files, without the geometry. */
  data: number;
  geometry: number;
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
  const size = (file: string) => gzipSize(readFileSync(path.join(distDir, file)));
  const sum = (files: string[]) => files.reduce((total, f) => total + size(f), 0);
  const dataFiles = filesUnder(path.join(distDir, 'data'), '.json');
  return {
    allJs: sum(filesUnder(distDir, '.js').filter((f) => !f.startsWith('data/'))),
    css: sum(filesUnder(distDir, '.css')),
    data: sum(dataFiles.filter((f) => f !== GEOMETRY_FILE).map((f) => `data/${f}`)),
    geometry: size(`data/${GEOMETRY_FILE}`),
  };
}

export interface BudgetRow {
  figure: string;
  value: string;
  budget: string;
  pass: boolean | null;
}

export const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} kB`;

/** The build's weight: `firstViewJs` is the JS the first view waited for, from its requests. */
export function sizeRows(sizes: BuildSizes, firstViewJs: number): BudgetRow[] {
  return [
    {
      figure: 'JS the first view waits for (gzip)',
      value: kb(firstViewJs),
      budget: `≤ ${kb(BUDGETS.firstViewJs)}`,
      pass: firstViewJs <= BUDGETS.firstViewJs,
    },
    { figure: 'JS loaded later or on demand (gzip)', value: kb(sizes.allJs - firstViewJs), budget: '—', pass: null },
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
