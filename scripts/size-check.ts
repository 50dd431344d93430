/**
 * `npm run size`: the build's weight against its budgets. Reads dist/ (run `npm run build` first),
 * serves it and loads the default view in Chromium to count the JS the first view waits for from the
 * requests it makes; prints each figure, and exits 1 when a budget is exceeded.
 *
 *   npx tsx scripts/size-check.ts [--dir dist]
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './browser-path.ts';
import { viewScripts } from './first-view-js.ts';
import { formatTable, kb, measureBuild, sizeRows } from './perf-budgets.ts';
import { serveBuild } from './serve-build.ts';

const { values } = parseArgs({ options: { dir: { type: 'string', default: 'dist' } } });
const dist = path.resolve(values.dir);
if (!existsSync(path.join(dist, 'index.html'))) {
  console.error(`size: no build in ${path.relative(process.cwd(), dist) || '.'}/ — run \`npm run build\` first`);
  process.exit(2);
}

const server = await serveBuild(dist);
const browser = await chromium.launch(chromiumLaunchOptions());
let scripts;
try {
  scripts = await viewScripts(browser, server.url, dist);
} finally {
  await browser.close();
  server.stop();
}
const rows = sizeRows(measureBuild(dist), scripts.total);
console.log(formatTable(rows));
console.log(`\nthe first view waited for: ${scripts.waitedFor.map((f) => `${f.file} ${kb(f.bytes)}`).join(', ')}`);
console.log(`fetched after it was drawn: ${scripts.later.join(', ') || 'nothing'}`);
const failed = rows.filter((r) => r.pass === false);
if (failed.length > 0) {
  console.error(`\nsize: over budget: ${failed.map((r) => `${r.figure} ${r.value} (${r.budget})`).join('; ')}`);
  process.exit(1);
}
console.log('\nsize: every budget met');
