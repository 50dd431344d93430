import type { CsvTable } from '../../components/download/download-spec';
import type { DataFileName } from '../../data/schemas';
import { t } from '../../i18n/i18n';
import type { MessageId } from '../../i18n/message-id';

/** A file offered for download; `holds` reads its message when read, so it is in the language shown. */
function download(file: DataFileName, records: string, holds: MessageId) {
  return {
    file,
    records,
    get holds() {
      return t(holds);
    },
  };
}

/** Each file offered in "Data and method", the array of records its CSV lists, and what it holds. */
export const DOWNLOADS: readonly { file: DataFileName; records: string; readonly holds: string }[] = [
  download('trade.json', 'observations', 'data.file.trade'),
  download('partners.json', 'observations', 'data.file.partners'),
  download('events.json', 'events', 'data.file.events'),
  download('sources.json', 'sources', 'data.file.sources'),
  download('countries.json', 'countries', 'data.file.countries'),
  download('revisions.json', 'revisions', 'data.file.revisions'),
];

type Cell = string | number | null;

function cellOf(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number'))
    return value.join('; ');
  return JSON.stringify(value);
}

/**
 * A file's records as one table: a column for each field any record has, in the order first met; a list
 * of words joined by `; `, anything nested as JSON, a missing field empty. Nothing is computed or dropped.
 */
export function recordsCsv(records: readonly unknown[]): CsvTable {
  const columns: string[] = [];
  const seen = new Set<string>();
  const objects = records.filter((r): r is Record<string, unknown> => typeof r === 'object' && r !== null);
  for (const record of objects)
    for (const key of Object.keys(record))
      if (!seen.has(key)) {
        seen.add(key);
        columns.push(key);
      }
  return { columns, rows: objects.map((record) => columns.map((c) => cellOf(record[c]))) };
}

/** The records of a loaded file that its CSV lists. */
export function recordsOf(data: unknown, records: string): unknown[] {
  const list = typeof data === 'object' && data !== null ? (data as Record<string, unknown>)[records] : undefined;
  return Array.isArray(list) ? list : [];
}

export const csvName = (file: string) => file.replace(/\.json$/, '.csv');
