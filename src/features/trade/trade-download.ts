import type { CsvTable } from '../../components/download/download-spec';
import { measureValue, type Measure } from '../../data/selectors';
import type { Partner, Reporter, Source, TradeFile } from '../../data/schemas';
import { flagOf } from './country-rows';

export const CSV_COLUMNS = [
  'year',
  'partner',
  'measure',
  'reporter',
  'value_usd',
  'status',
  'source_publisher',
  'source_url',
];

/** `china-kyrgyzstan-trade-2015-2024`; `china-central-asia-trade-…` for the five. */
export function fileBase(partnerName: string, from: number, to: number): string {
  const slug = partnerName
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `china-${slug}-trade-${from}-${to}`;
}

/**
 * One CSV row per partner, reporter and year of the range. A year without a figure stays in the file with an
 * empty value and status `no data`, so a gap is never read as a zero.
 */
export function tradeCsv(
  trade: TradeFile,
  sources: ReadonlyMap<string, Source>,
  partners: readonly Partner[],
  reporters: readonly Reporter[],
  measure: Measure,
  from: number,
  to: number,
): CsvTable {
  const rows: CsvTable['rows'] = [];
  for (const partner of partners) {
    for (const reporter of reporters) {
      for (let year = from; year <= to; year++) {
        const value = measureValue(trade, partner, reporter, year, measure);
        if (!value) {
          rows.push([year, partner, measure, reporter, null, 'no data', '', '']);
          continue;
        }
        const flag = flagOf(value.observations);
        const used = flag.sources.map((id) => sources.get(id));
        rows.push([
          year,
          partner,
          measure,
          reporter,
          value.value,
          flag.uncertain ? `${flag.status}; uncertain` : flag.status,
          used.map((s) => s?.publisher ?? '').join('; '),
          used.map((s) => s?.url ?? '').join(' '),
        ]);
      }
    }
  }
  return { columns: CSV_COLUMNS, rows };
}
