/**
 * `npm run size`: the build's weight against its budgets. Reads dist/ (run `npm run build` first),
 * prints each figure, and exits 1 when a budget is exceeded.
 *
 *   npx tsx scripts/size-check.ts [--dir dist]
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatTable, kb, measureBuild, sizeRows } from './perf-budgets.ts';

const { values } = parseArgs({ options: { dir: { type: 'string', default: 'dist' } } });
const dist = path.resolve(values.dir);
if (!existsSync(path.join(dist, 'index.html'))) {
  console.error(`size: no build in ${path.relative(process.cwd(), dist) || '.'}/ — run \`npm run build\` first`);
  process.exit(2);
}

const sizes = measureBuild(dist);
const rows = sizeRows(sizes);
console.log(formatTable(rows));
console.log(`\ninitial JS files: ${sizes.initialFiles.map((f) => `${f.file} ${kb(f.bytes)}`).join(', ')}`);
const failed = rows.filter((r) => r.pass === false);
if (failed.length > 0) {
  console.error(`\nsize: over budget: ${failed.map((r) => `${r.figure} ${r.value} (${r.budget})`).join('; ')}`);
  process.exit(1);
}
console.log('\nsize: every budget met');
