import type * as z from 'zod/mini';
import { problemsFromZod } from './data-error';
import {
  DATA_FILES,
  type CountriesFile,
  type DataFileName,
  type EventWordsFileName,
  type CaEvent,
  type EventsFile,
  observationKey,
  type PartnersFile,
  type RevisionsFile,
  type SourcesFile,
  type TradeFile,
} from './schemas';
import { ownStatisticsProblems, partialYearProblems, revisionProblems } from './revision-rules';

export interface DatasetProblem {
  file: DataFileName | EventWordsFileName;
  path: string;
  message: string;
}

export interface Dataset {
  countries: CountriesFile;
  trade: TradeFile;
  events: EventsFile;
  sources: SourcesFile;
  partners: PartnersFile;
  revisions: RevisionsFile;
}

/** Relative tolerance for total = exports + imports: published figures are rounded. */
export const TOTAL_TOLERANCE = 0.005;

/** Checks each raw file against its schema; returns the parsed files, or the problems. */
export function parseDataset(
  raw: Record<DataFileName, unknown>,
): { dataset: Dataset; problems: [] } | { dataset: null; problems: DatasetProblem[] } {
  const problems: DatasetProblem[] = [];
  const parsed: Partial<Record<DataFileName, unknown>> = {};
  for (const file of Object.keys(DATA_FILES) as DataFileName[]) {
    const schema: z.ZodMiniType = DATA_FILES[file];
    const result = schema.safeParse(raw[file]);
    if (result.success) parsed[file] = result.data;
    else for (const p of problemsFromZod(result.error)) problems.push({ file, ...p });
  }
  if (problems.length > 0) return { dataset: null, problems };
  return {
    dataset: {
      countries: parsed['countries.json'] as CountriesFile,
      trade: parsed['trade.json'] as TradeFile,
      events: parsed['events.json'] as EventsFile,
      sources: parsed['sources.json'] as SourcesFile,
      partners: parsed['partners.json'] as PartnersFile,
      revisions: parsed['revisions.json'] as RevisionsFile,
    },
    problems: [],
  };
}

/**
 * Rules that span records and files: references that resolve, sums that add up, dates that agree.
 * Rules within one file (unique ids, one observation per key) live in the file schemas.
 */
export function checkDataset(dataset: Dataset): DatasetProblem[] {
  const { countries, trade, events, sources, partners } = dataset;
  const problems: DatasetProblem[] = [];
  const report = (file: DataFileName, path: string, message: string) => problems.push({ file, path, message });

  const sourceIds = new Set(sources.sources.map((s) => s.id));
  const countryCodes = new Set(countries.countries.map((c) => c.iso3));
  const checkSource = (file: DataFileName, path: string, id: string) => {
    if (!sourceIds.has(id)) report(file, path, `unknown source "${id}" (not in sources.json)`);
  };

  partners.observations.forEach((o, i) => checkSource('partners.json', `observations[${i}].source`, o.source));

  countries.countries.forEach((country, i) => {
    country.foreignMinisters?.forEach((minister, j) => {
      minister.sources.forEach((id, k) =>
        checkSource('countries.json', `countries[${i}].foreignMinisters[${j}].sources[${k}]`, id),
      );
      if (minister.from && minister.to && minister.to < minister.from)
        report('countries.json', `countries[${i}].foreignMinisters[${j}].to`, 'term ends before it starts');
    });
    country.partnership?.sources.forEach((id, k) =>
      checkSource('countries.json', `countries[${i}].partnership.sources[${k}]`, id),
    );
  });

  const flowsByKey = new Map<string, Partial<Record<string, { value: number; index: number }>>>();
  trade.observations.forEach((o, i) => {
    const path = `observations[${i}]`;
    checkSource('trade.json', `${path}.source`, o.source);
    o.corroboratedBy?.forEach((id, k) => checkSource('trade.json', `${path}.corroboratedBy[${k}]`, id));
    if (o.partner !== 'CA5' && !countryCodes.has(o.partner))
      report('trade.json', `${path}.partner`, `unknown country "${o.partner}" (not in countries.json)`);
    if (o.year > Number(trade.asOf.slice(0, 4)))
      report('trade.json', `${path}.year`, `year ${o.year} is after the file's asOf date ${trade.asOf}`);
    const key = `${o.partner} ${o.year} ${o.period} ${o.reporter}`;
    const flows = flowsByKey.get(key) ?? {};
    flows[o.flow] = { value: o.value, index: i };
    flowsByKey.set(key, flows);
  });
  for (const [key, flows] of flowsByKey) {
    const { total, china_exports: exports, china_imports: imports } = flows;
    if (!total || !exports || !imports) continue;
    const sum = exports.value + imports.value;
    const gap = Math.abs(total.value - sum) / Math.max(total.value, sum, 1);
    if (gap > TOTAL_TOLERANCE)
      report(
        'trade.json',
        `observations[${total.index}].value`,
        `${key}: total ${total.value} differs from exports + imports ${sum} by ${(gap * 100).toFixed(2)}% (tolerance ${TOTAL_TOLERANCE * 100}%)`,
      );
  }

  const eventIds = new Set(events.events.map((e) => e.id));
  const observationKeys = new Set(trade.observations.map(observationKey));
  events.events.forEach((event, i) => {
    const path = `events[${i}]`;
    event.sources.forEach((id, k) => checkSource('events.json', `${path}.sources[${k}]`, id));
    if (event.country !== null && !countryCodes.has(event.country))
      report('events.json', `${path}.country`, `unknown country "${event.country}" (not in countries.json)`);
    if (event.end && event.end < event.start) report('events.json', `${path}.end`, `ends (${event.end}) before it starts (${event.start})`);
    if (event.status === 'held' && event.start > events.asOf)
      report('events.json', `${path}.status`, `marked held but starts (${event.start}) after the file's asOf date`);
    if (event.city !== null && event.coordinates === null)
      report('events.json', `${path}.coordinates`, `"${event.city}" has no coordinates to place it on the map`);
    checkEventLinks(event, path, eventIds, observationKeys, countryCodes, report);
  });

  dataset.revisions.revisions.forEach((r, i) => checkSource('revisions.json', `revisions[${i}].source`, r.source));
  problems.push(...revisionProblems(dataset), ...partialYearProblems(trade), ...ownStatisticsProblems(trade, partners));
  return problems;
}

/**
 * An event's links must resolve: related events and trade observations exist, delegations are known
 * countries, and every country a participant is tagged with, as in "Wang Yi (CHN)", is a delegation.
 */
function checkEventLinks(
  event: CaEvent,
  path: string,
  eventIds: ReadonlySet<string>,
  observationKeys: ReadonlySet<string>,
  countryCodes: ReadonlySet<string>,
  report: (file: DataFileName, path: string, message: string) => void,
) {
  event.related?.events?.forEach((id, k) => {
    if (!eventIds.has(id)) report('events.json', `${path}.related.events[${k}]`, `unknown event "${id}"`);
    else if (id === event.id) report('events.json', `${path}.related.events[${k}]`, 'an event cannot relate to itself');
  });
  event.related?.trade?.forEach((key, k) => {
    if (!observationKeys.has(observationKey(key)))
      report('events.json', `${path}.related.trade[${k}]`, `no observation ${observationKey(key)} in trade.json`);
  });
  const delegations = new Set<string>(event.delegations);
  event.delegations?.forEach((code, k) => {
    if (!countryCodes.has(code))
      report('events.json', `${path}.delegations[${k}]`, `unknown country "${code}" (not in countries.json)`);
  });
  if (!event.delegations) return;
  event.participants?.forEach((participant, k) => {
    const tagged = /\(([A-Z]{3})\b/.exec(participant)?.[1];
    if (tagged && !delegations.has(tagged))
      report('events.json', `${path}.participants[${k}]`, `"${participant}" is from ${tagged}, which is not in delegations`);
  });
}
