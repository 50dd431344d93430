import type { CsvTable, PanelDownload } from '../../components/download/download-spec';
import type { CaEvent, Source } from '../../data/schemas';
import type { EventFilter } from './event-filters';
import { compareText } from '../../lib/compare';
import { t } from '../../i18n/i18n';

export const CSV_COLUMNS = [
  'id',
  'kind',
  'ordinal',
  'title',
  'start',
  'end',
  'status',
  'city',
  'country',
  'format',
  'confidence',
  'sources',
  'note',
] as const;

/** One row per event shown, dates with the precision the data has; the headers in the language shown. */
export function eventsTable(events: readonly CaEvent[]): CsvTable {
  return {
    columns: CSV_COLUMNS.map((column) => t(`timeline.csv.${column}`)),
    rows: events.map((e) => [
      e.id,
      e.kind,
      e.ordinal ?? null,
      e.title,
      e.start,
      e.end ?? null,
      e.status,
      e.city,
      e.country,
      e.format,
      e.confidence,
      e.sources.join('; '),
      e.note ?? null,
    ]),
  };
}

/** `china-central-asia-meetings-2020-2027`, with the filters in the name when there are any. */
export function eventsFileBase(events: readonly CaEvent[], filter: EventFilter): string {
  const years = events.map((e) => Number(e.start.slice(0, 4)));
  const span = years.length ? `-${Math.min(...years)}-${Math.max(...years)}` : '';
  const kinds = filter.kinds ? `-${[...filter.kinds].sort().join('-')}` : '';
  const country = filter.involves ? `-${filter.involves.toLowerCase()}` : '';
  return `china-central-asia-meetings${kinds}${country}${span}`;
}

/** The publishers behind the events shown, most cited first; the full list goes in the CSV. */
export function eventsSourceLine(events: readonly CaEvent[], sources: readonly Source[], limit = 6): string {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const counts = new Map<string, number>();
  for (const id of events.flatMap((e) => e.sources)) {
    const publisher = byId.get(id)?.publisher;
    if (publisher) counts.set(publisher, (counts.get(publisher) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0])).map(([p]) => p);
  if (ranked.length === 0) return '';
  const publishers = ranked.slice(0, limit).join(t('timeline.separator.semicolon'));
  return ranked.length > limit
    ? t('timeline.download.sourcesMore', { publishers, more: ranked.length - limit })
    : t('timeline.download.sources', { publishers });
}

export function timelineDownload(
  events: readonly CaEvent[],
  sources: readonly Source[],
  filter: EventFilter,
): PanelDownload {
  return {
    fileBase: eventsFileBase(events, filter),
    table: () => eventsTable(events),
    sourceLine: eventsSourceLine(events, sources),
  };
}
