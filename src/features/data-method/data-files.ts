import type { CsvTable } from '../../components/download/download-spec';
import type { DataFileName } from '../../data/schemas';

/** Each file offered in "Data and method", the array of records its CSV lists, and what it holds. */
export const DOWNLOADS: readonly { file: DataFileName; records: string; holds: string }[] = [
  {
    file: 'trade.json',
    records: 'observations',
    holds: 'China’s trade with each state, as China and as the state report it',
  },
  {
    file: 'partners.json',
    records: 'observations',
    holds: 'Each state’s trade with all its partners, as the state reports it',
  },
  { file: 'events.json', records: 'events', holds: 'Meetings, summits, agreements and milestones' },
  { file: 'sources.json', records: 'sources', holds: 'Every publication a figure or event rests on' },
  { file: 'countries.json', records: 'countries', holds: 'The six countries, their names and ministers' },
  { file: 'revisions.json', records: 'revisions', holds: 'Every change to a published figure or event' },
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
