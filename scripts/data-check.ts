/**
 * Checks every file in data/ against the app's own schemas and the cross-file rules.
 * Prints each problem with its file and field path; exits 1 if there is any.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { checkDataset, parseDataset, type DatasetProblem } from '../src/data/check-dataset.ts';
import { regionalTotalsAgainstSum } from '../src/data/measures.ts';
import { eventWordsProblems } from '../src/data/event-words-rules.ts';
import { problemsFromZod } from '../src/data/data-error.ts';
import {
  DATA_FILES,
  EVENT_WORDS_FILES,
  EventWordsFileSchema,
  type DataFileName,
  type EventWordsFileName,
} from '../src/data/schemas.ts';

const dir = path.resolve(process.argv[2] ?? 'data');
const raw = {} as Record<DataFileName, unknown>;
const problems: DatasetProblem[] = [];

/** A file's JSON, or why there is none: missing, or what was wrong with it. */
async function readJson(file: string): Promise<{ json: unknown } | { missing: true } | { problem: string }> {
  try {
    return { json: JSON.parse(await readFile(path.join(dir, file), 'utf8')) };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { missing: true };
    return { problem: `not valid JSON: ${(error as Error).message}` };
  }
}

for (const file of Object.keys(DATA_FILES) as DataFileName[]) {
  const read = await readJson(file);
  if ('json' in read) raw[file] = read.json;
  else problems.push({ file, path: '', message: 'missing' in read ? 'file not found' : read.problem });
}

const parsed = problems.length === 0 ? parseDataset(raw) : null;
if (parsed?.dataset) problems.push(...checkDataset(parsed.dataset));
else if (parsed) problems.push(...parsed.problems);

// The events' words in Russian and Chinese: optional (a dataset without them is shown in English), and
// when present, checked against events.json and sources.json.
const languages: string[] = [];
for (const [file, language] of Object.entries(EVENT_WORDS_FILES) as [EventWordsFileName, 'ru' | 'zh'][]) {
  const read = await readJson(file);
  if ('missing' in read) continue;
  if ('problem' in read) {
    problems.push({ file, path: '', message: read.problem });
    continue;
  }
  const result = EventWordsFileSchema.safeParse(read.json);
  if (!result.success) {
    for (const p of problemsFromZod(result.error)) problems.push({ file, ...p });
    continue;
  }
  languages.push(language);
  if (!parsed?.dataset) continue;
  const sourceIds = new Set(parsed.dataset.sources.sources.map((s) => s.id));
  for (const p of eventWordsProblems(language, result.data, parsed.dataset.events.events, sourceIds))
    problems.push({ file, ...p });
}

if (problems.length > 0) {
  for (const p of problems)
    console.error(`${path.relative(process.cwd(), path.join(dir, p.file))}${p.path ? ` ${p.path}` : ''}: ${p.message}`);
  console.error(
    `\ndata:check: ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${path.relative(process.cwd(), dir) || '.'}/`,
  );
  process.exit(1);
}

const dataset = parsed?.dataset;
if (dataset) {
  console.log(
    `data:check: ok (${path.relative(process.cwd(), dir) || '.'}/) — ${dataset.trade.observations.length} observations, ` +
      `${dataset.partners.observations.length} figures by partner, ${dataset.events.events.length} events, ` +
      `${dataset.sources.sources.length} sources, ${dataset.countries.countries.length} countries` +
      (languages.length ? `; the events' words in ${languages.join(', ')}` : ''),
  );
}

// Not a rule (rounding and revisions make small gaps normal), but worth seeing at every check.
if (dataset) {
  for (const c of regionalTotalsAgainstSum(dataset.trade)) {
    const bn = (v: number) => `$${(v / 1e9).toFixed(1)} bn`;
    console.log(
      `  CA5 ${c.year}: published ${bn(c.published)}, sum of the five ${bn(c.sumOfFive)} (${c.gap >= 0 ? '+' : ''}${(c.gap * 100).toFixed(1)}%)`,
    );
  }
}
