/** Pure derivations from the curated files: no fetching, no React. */
import { t } from '../i18n/i18n';
import { formatDate } from '../lib/format';
import type { Flow, Measure, Partner, Reporter } from './codes';
import type { Observation, Source, TradeFile } from './schemas';
import { compareText } from '../lib/compare';

type AnnualIndex = Map<string, Partial<Record<Flow, Observation>>>;

const annualKey = (partner: string, reporter: Reporter, year: number) => `${partner}|${reporter}|${year}`;
const indexCache = new WeakMap<TradeFile, AnnualIndex>();

/** Annual observations by partner, reporter and year; partial years are kept out of every annual series. */
function annualIndex(trade: TradeFile): AnnualIndex {
  let index = indexCache.get(trade);
  if (!index) {
    index = new Map();
    for (const o of trade.observations) {
      if (o.period !== 'annual') continue;
      const key = annualKey(o.partner, o.reporter, o.year);
      const flows = index.get(key) ?? {};
      flows[o.flow] = o;
      index.set(key, flows);
    }
    indexCache.set(trade, index);
  }
  return index;
}

export interface MeasuredValue {
  value: number;
  /** The observations the value rests on (two for a balance). */
  observations: Observation[];
}

/** The annual observation of one flow for any partner code of the file (`CA5`, the region, included). */
export function annualObservation(
  trade: TradeFile,
  partner: string,
  reporter: Reporter,
  year: number,
  flow: Flow,
): Observation | null {
  return annualIndex(trade).get(annualKey(partner, reporter, year))?.[flow] ?? null;
}

/** The value of a measure for one partner, reporter and year, or null where the data does not give it. */
export function measureValue(
  trade: TradeFile,
  partner: Partner,
  reporter: Reporter,
  year: number,
  measure: Measure,
): MeasuredValue | null {
  const flows = annualIndex(trade).get(annualKey(partner, reporter, year));
  if (!flows) return null;
  if (measure === 'balance') {
    const { china_exports: exports, china_imports: imports } = flows;
    if (!exports || !imports) return null;
    return { value: exports.value - imports.value, observations: [exports, imports] };
  }
  const observation = flows[measure];
  return observation ? { value: observation.value, observations: [observation] } : null;
}

type YearRange = { first: number; last: number } | null;
const rangeCache = new WeakMap<TradeFile, YearRange>();

/** First and last year with any annual observation; null for an empty file. Kept per file: asked on every render. */
export function annualYearRange(trade: TradeFile): YearRange {
  const cached = rangeCache.get(trade);
  if (cached !== undefined) return cached;
  let first = Infinity;
  let last = -Infinity;
  for (const o of trade.observations) {
    if (o.period !== 'annual') continue;
    first = Math.min(first, o.year);
    last = Math.max(last, o.year);
  }
  const range = Number.isFinite(first) ? { first, last } : null;
  rangeCache.set(trade, range);
  return range;
}

/** The latest year in which at least one partner has a value for the measure by this reporter. */
export function latestYearWith(trade: TradeFile, partners: readonly Partner[], reporter: Reporter, measure: Measure): number | null {
  const range = annualYearRange(trade);
  if (!range) return null;
  for (let year = range.last; year >= range.first; year--) {
    if (partners.some((p) => measureValue(trade, p, reporter, year, measure))) return year;
  }
  return null;
}

export interface ChartRow {
  year: number;
  /** Value by reporter; null marks a year with no figure (a gap, never a zero). */
  china: number | null;
  partner: number | null;
}

/** One row per year from `from` to `to`, both reporters, gaps as null. */
export function chartRows(trade: TradeFile, partner: Partner, measure: Measure, from: number, to: number): ChartRow[] {
  const rows: ChartRow[] = [];
  for (let year = from; year <= to; year++) {
    rows.push({
      year,
      china: measureValue(trade, partner, 'china', year, measure)?.value ?? null,
      partner: measureValue(trade, partner, 'partner', year, measure)?.value ?? null,
    });
  }
  return rows;
}

/** The ids of the sources behind a partner's series in a range, most used first. */
export function sourcesBehind(
  trade: TradeFile,
  partner: Partner,
  reporters: readonly Reporter[],
  measure: Measure,
  from: number,
  to: number,
): string[] {
  const counts = new Map<string, number>();
  for (let year = from; year <= to; year++) {
    for (const reporter of reporters) {
      for (const o of measureValue(trade, partner, reporter, year, measure)?.observations ?? []) {
        counts.set(o.source, (counts.get(o.source) ?? 0) + 1);
      }
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0])).map(([id]) => id);
}

/**
 * The sources of these ids, in order, and the ids that sources.json does not hold: a figure whose source
 * is missing is shown with a mark saying so, never with its source line silently shorter. Before
 * sources.json is in (an empty map), nothing counts as missing.
 */
export function lookUpSources(
  ids: Iterable<string>,
  sourcesById: ReadonlyMap<string, Source>,
): { sources: Source[]; missing: string[] } {
  const sources: Source[] = [];
  const missing: string[] = [];
  for (const id of ids) {
    const source = sourcesById.get(id);
    if (source) sources.push(source);
    else if (sourcesById.size > 0) missing.push(id);
  }
  return { sources, missing };
}

/**
 * What a line of sources calls each: its publisher, and where two in the line share one (two reports of
 * one agency, two tables of one office), the date or the title too, so that no two read alike.
 */
export function sourceDisplayNames(sources: readonly Source[]): Map<string, string> {
  const titles = new Map<string, Set<string>>();
  for (const s of sources) titles.set(s.publisher, (titles.get(s.publisher) ?? new Set()).add(s.title));
  const names = new Map<string, string>();
  for (const s of sources) {
    // The same publication under two ids is one source: named once, plainly.
    if ((titles.get(s.publisher)?.size ?? 0) < 2) names.set(s.id, s.publisher);
    else {
      const title = s.title.replace(/^\[|\]$/g, '');
      const short = title.length > 60 ? `${title.slice(0, 57).trimEnd()}…` : title;
      names.set(
        s.id,
        s.published
          ? t('data.source.datedTitle', { publisher: s.publisher, date: formatDate(s.published), title: short })
          : t('data.source.title', { publisher: s.publisher, title: short }),
      );
    }
  }
  return names;
}
