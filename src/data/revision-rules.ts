import type { Dataset, DatasetProblem } from './check-dataset';
import { periodMonths } from '../lib/partial-date';
import { observationKey, type Observation, type PartnersFile, type Revision, type TradeFile } from './schemas';

/** How far trade.json's partner side may stray from the state's own statistics in partners.json. */
export const OWN_STATISTICS_TOLERANCE = 0.01;

/** What an entry about a trade figure may say changed. */
const TRADE_FIELDS: ReadonlySet<string> = new Set(['value', 'confidence', 'status', 'source']);

/** The latest logged entry for each key of a file, by date (later entries of the same date win). */
export function latestRevisions(revisions: readonly Revision[], file: Revision['file']): Map<string, Revision> {
  const latest = new Map<string, Revision>();
  for (const r of revisions) {
    if (r.file !== file) continue;
    const seen = latest.get(`${r.key} ${r.field}`);
    if (!seen || seen.date <= r.date) latest.set(`${r.key} ${r.field}`, r);
  }
  return latest;
}

/**
 * The log must describe the data being served: each latest entry's new value is what the file holds now,
 * every observation marked `revised` has an entry of that date, and no entry lies outside the log's span.
 */
export function revisionProblems({ revisions, trade, events }: Dataset): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const log = revisions.revisions;
  const byKey = new Map(trade.observations.map((o, i) => [observationKey(o), { o, i }]));
  const eventsById = new Map(events.events.map((e) => [e.id, e]));
  const indexOf = new Map(log.map((r, i) => [r, i]));

  log.forEach((r, i) => {
    if (r.date < revisions.since || r.date > revisions.asOf)
      problems.push({
        file: 'revisions.json',
        path: `revisions[${i}].date`,
        message: `${r.date} lies outside the log's span (${revisions.since} to ${revisions.asOf})`,
      });
  });

  const latestDate = new Map<string, string>();
  for (const r of log)
    if (r.file === 'trade.json' && r.date > (latestDate.get(r.key) ?? '')) latestDate.set(r.key, r.date);

  for (const r of latestRevisions(log, 'trade.json').values()) {
    const path = `revisions[${indexOf.get(r)}].new`;
    const found = byKey.get(r.key);
    if (!TRADE_FIELDS.has(r.field)) {
      problems.push({
        file: 'revisions.json',
        path: path.replace('.new', '.field'),
        message: `a trade.json entry logs one of ${[...TRADE_FIELDS].join(', ')}, not "${r.field}"`,
      });
      continue;
    }
    const current = found ? (found.o[r.field as keyof Observation] ?? null) : null;
    if (current !== r.new)
      problems.push({
        file: 'revisions.json',
        path,
        message: `${r.key} ${r.field}: the log says ${String(r.new)}, trade.json holds ${found ? String(current) : 'no such observation'}`,
      });
    if (found && found.o.revised !== latestDate.get(r.key))
      problems.push({
        file: 'trade.json',
        path: `observations[${found.i}].revised`,
        message: `${r.key} was last revised on ${latestDate.get(r.key)} (revisions.json); the observation says ${found.o.revised ?? 'nothing'}`,
      });
  }

  trade.observations.forEach((o, i) => {
    if (o.revised && !latestDate.has(observationKey(o)))
      problems.push({
        file: 'trade.json',
        path: `observations[${i}].revised`,
        message: `${observationKey(o)} says revised on ${o.revised}, but revisions.json has no entry for it`,
      });
  });

  for (const r of latestRevisions(log, 'events.json').values()) {
    const path = `revisions[${indexOf.get(r)}].new`;
    const event = eventsById.get(r.key);
    const current =
      r.field === 'event' ? (event ? event.id : null) : event ? (event as Record<string, unknown>)[r.field] ?? null : undefined;
    if (current === undefined)
      problems.push({ file: 'revisions.json', path, message: `no event "${r.key}" in events.json` });
    else if (JSON.stringify(current) !== JSON.stringify(r.new))
      problems.push({
        file: 'revisions.json',
        path,
        message: `${r.key} ${r.field}: the log says ${JSON.stringify(r.new)}, events.json holds ${JSON.stringify(current)}`,
      });
  }
  return problems;
}

/** A year's total cannot be below its own January–N figure from the same reporter: one of them is wrong. */
export function partialYearProblems(trade: TradeFile): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const groups = new Map<string, { o: Observation; i: number; months: number }[]>();
  trade.observations.forEach((o, i) => {
    const key = `${o.partner} ${o.year} ${o.reporter} ${o.flow}`;
    const months = periodMonths(o.period);
    groups.set(key, [...(groups.get(key) ?? []), { o, i, months }]);
  });
  for (const [key, rows] of groups) {
    const sorted = [...rows].sort((a, b) => a.months - b.months);
    sorted.forEach((later, k) => {
      const earlier = sorted[k - 1];
      if (earlier && later.o.value < earlier.o.value)
        problems.push({
          file: 'trade.json',
          path: `observations[${later.i}].value`,
          message: `${key}: ${later.o.period} (${later.o.value}) is below ${earlier.o.period} (${earlier.o.value}) of the same year`,
        });
    });
  }
  return problems;
}

const STATE_FLOW: Record<Observation['flow'], 'total' | 'exports' | 'imports'> = {
  total: 'total',
  china_exports: 'imports',
  china_imports: 'exports',
};

/**
 * Where a state's statistics office publishes its trade with China (partners.json, basis
 * national-statistics), trade.json's partner side gives that figure, within 1 %: the office comes first.
 */
export function ownStatisticsProblems(trade: TradeFile, partners: PartnersFile): DatasetProblem[] {
  const own = new Map(
    partners.observations
      .filter((f) => f.partner === 'CHN' && f.period === 'annual' && f.basis === 'national-statistics')
      .map((f) => [`${f.reporter} ${f.year} ${f.flow}`, f]),
  );
  const problems: DatasetProblem[] = [];
  trade.observations.forEach((o, i) => {
    if (o.reporter !== 'partner' || o.period !== 'annual') return;
    const office = own.get(`${o.partner} ${o.year} ${STATE_FLOW[o.flow]}`);
    if (!office || Math.abs(o.value - office.value) <= OWN_STATISTICS_TOLERANCE * office.value) return;
    problems.push({
      file: 'trade.json',
      path: `observations[${i}].value`,
      message: `${observationKey(o)}: ${o.value} differs from the statistics office's ${office.value} (partners.json, ${office.source}) by more than 1 %`,
    });
  });
  return problems;
}
