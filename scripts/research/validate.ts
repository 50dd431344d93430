/**
 * Curator's check of data/*.json (not the official data:check): schema parse with zod issue paths,
 * plus unique ids, referenced source ids, one observation per key, total vs flows within 0.5 %.
 *   cd /work/main && npx tsx scripts/research/validate.ts
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_FILES } from '../../src/data/schemas.ts';

const root = join(import.meta.dirname, '..', '..');
let errors = 0;
const fail = (msg: string) => {
  errors++;
  console.error('✗ ' + msg);
};
const load = (name: string) => JSON.parse(readFileSync(join(root, 'data', name), 'utf8'));

const parsed: Record<string, any> = {};
for (const [name, schema] of Object.entries(DATA_FILES)) {
  const raw = load(name);
  const res = schema.safeParse(raw);
  if (!res.success) {
    for (const issue of res.error.issues) fail(`${name} ${issue.path.join('.')}: ${issue.message}`);
  } else console.log(`✓ ${name} matches its schema`);
  parsed[name] = raw;
}

const sources = parsed['sources.json'].sources as { id: string; url: string }[];
const sourceIds = new Set<string>();
const urls = new Set<string>();
for (const s of sources) {
  if (sourceIds.has(s.id)) fail(`sources.json: duplicate id ${s.id}`);
  if (urls.has(s.url)) fail(`sources.json: duplicate url ${s.url}`);
  sourceIds.add(s.id);
  urls.add(s.url);
}
const referenced = new Set<string>();
const ref = (where: string, id: string) => {
  referenced.add(id);
  if (!sourceIds.has(id)) fail(`${where}: unknown source id ${id}`);
};

for (const c of parsed['countries.json'].countries) {
  for (const m of c.foreignMinisters ?? []) for (const s of m.sources) ref(`countries.json ${c.iso3} ${m.name}`, s);
  for (const s of c.partnership?.sources ?? []) ref(`countries.json ${c.iso3} partnership`, s);
}

const obs = parsed['trade.json'].observations as any[];
const keyOf = (o: any) => [o.partner, o.year, o.period, o.reporter, o.flow].join('|');
const byKey = new Map<string, any>();
for (const o of obs) {
  const k = keyOf(o);
  if (byKey.has(k)) fail(`trade.json: duplicate observation ${k}`);
  byKey.set(k, o);
  ref(`trade.json ${k}`, o.source);
  for (const s of o.corroboratedBy ?? []) {
    ref(`trade.json ${k} corroboratedBy`, s);
    if (s === o.source) fail(`trade.json ${k}: source repeated in corroboratedBy`);
  }
  if ((o.status !== 'reported' || o.confidence === 'uncertain') && !o.note)
    fail(`trade.json ${k}: ${o.status}/${o.confidence} without note`);
  // Notes name the sources of differing figures as "(source: id)"; those ids must exist too.
  for (const m of (o.note ?? '').matchAll(/\(source: ([a-z0-9-]+)\)/g)) ref(`trade.json ${k} note`, m[1]);
}
let checked = 0;
for (const o of obs) {
  if (o.flow !== 'total') continue;
  const base = [o.partner, o.year, o.period, o.reporter].join('|');
  const x = byKey.get(base + '|china_exports');
  const m = byKey.get(base + '|china_imports');
  if (x && m) {
    checked++;
    const rel = Math.abs(o.value - (x.value + m.value)) / o.value;
    if (rel > 0.005)
      fail(
        `trade.json ${base}: total ${o.value} vs exports + imports ${x.value + m.value} (${(rel * 100).toFixed(2)} %)`,
      );
  }
}
const sorted = [...obs].map(keyOf);
const order = (o: any) => [
  ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB', 'CA5'].indexOf(o.partner),
  o.year,
  o.period === 'annual'
    ? 99
    : ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov'].indexOf(o.period.slice(4)),
  o.reporter === 'china' ? 0 : 1,
  ['total', 'china_exports', 'china_imports'].indexOf(o.flow),
];
for (let i = 1; i < obs.length; i++) {
  const a = order(obs[i - 1]);
  const b = order(obs[i]);
  const cmp = a.findIndex((v, j) => v !== b[j]);
  if (cmp >= 0 && a[cmp] > b[cmp]) fail(`trade.json: order broken at ${sorted[i]}`);
}

const events = parsed['events.json'].events as any[];
const eventIds = new Set<string>();
for (let i = 0; i < events.length; i++) {
  const e = events[i];
  if (eventIds.has(e.id)) fail(`events.json: duplicate id ${e.id}`);
  eventIds.add(e.id);
  for (const s of e.sources) ref(`events.json ${e.id}`, s);
  if (i > 0 && events[i - 1].start > e.start) fail(`events.json: not sorted by start at ${e.id}`);
  if (e.end && e.end < e.start) fail(`events.json ${e.id}: end before start`);
  if ((e.city === null) !== (e.coordinates === null))
    fail(`events.json ${e.id}: city and coordinates must both be null or both set`);
}
for (const id of sourceIds) if (!referenced.has(id)) fail(`sources.json: ${id} is never referenced`);

const count = (f: (o: any) => string) =>
  obs.reduce((acc: Record<string, number>, o) => ((acc[f(o)] = (acc[f(o)] ?? 0) + 1), acc), {});
console.log(`trade.json: ${obs.length} observations; totals checked against flows: ${checked}`);
console.log(
  '  by reporter',
  count((o) => o.reporter),
);
console.log(
  '  by partner',
  count((o) => o.partner),
);
console.log(
  '  by status',
  count((o) => o.status),
  'by confidence',
  count((o) => o.confidence),
);
console.log(`events.json: ${events.length} events; sources.json: ${sources.length} sources`);
if (errors) {
  console.error(`${errors} problem(s)`);
  process.exit(1);
}
console.log('all checks passed');
