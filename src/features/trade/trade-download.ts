import type { CsvTable } from '../../components/download/download-spec';
import { yearOnYear } from '../../data/measures';
import { measureValue } from '../../data/selectors';
import { hasGrowth, type Measure, type Partner, type Reporter } from '../../data/codes';
import type { Observation, Source, TradeFile } from '../../data/schemas';
import { flagOf } from './country-rows';
import { t } from '../../i18n/i18n';

export const CSV_COLUMNS = [
  'year',
  'partner',
  'measure',
  'reporter',
  'value_usd',
  'status',
  'confidence',
  'source_publisher',
  'source_url',
  'change_on_previous_year_pct',
  'revised',
  'note',
] as const;

/**
 * Whom a file is named after, in English whatever the language shown: a file name is an identifier, the
 * same for every reader (and a name in Cyrillic or Chinese would leave nothing of the slug).
 */
const FILE_NAMES: Record<Partner, string> = {
  KAZ: 'Kazakhstan',
  KGZ: 'Kyrgyzstan',
  TJK: 'Tajikistan',
  TKM: 'Turkmenistan',
  UZB: 'Uzbekistan',
};

/** The name `fileBase` is given for a state, or for the five (`null`). */
export const fileSubject = (partner: Partner | null): string => (partner ? FILE_NAMES[partner] : 'Central Asia');

/** `china-kyrgyzstan-trade-2015-2024`; `china-central-asia-trade-…` for the five; `…-trade-growth-…` for changes. */
export function fileBase(partnerName: string, from: number, to: number, growth = false): string {
  const slug = partnerName
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `china-${slug}-trade-${growth ? 'growth-' : ''}${from}-${to}`;
}

/**
 * One CSV row per partner, reporter and year of the range. A year without a figure stays in the file with an
 * empty value and status `no data`, so a gap is never read as a zero. The change on the year before is in
 * per cent, to two decimals; empty where either year has no figure, and for a balance, which crosses zero.
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
          rows.push([year, partner, measure, reporter, null, 'no data', '', '', '', null, '', '']);
          continue;
        }
        const change = !hasGrowth(measure)
          ? null
          : yearOnYear(value.value, measureValue(trade, partner, reporter, year - 1, measure)?.value ?? null);
        const flag = flagOf(value.observations);
        const used = flag.sources.map((id) => sources.get(id));
        rows.push([
          year,
          partner,
          measure,
          reporter,
          value.value,
          flag.status,
          confidenceOf(value.observations),
          used.map((s) => s?.publisher ?? '').join('; '),
          used.map((s) => s?.url ?? '').join(' '),
          change === null ? null : Math.round(change * 10_000) / 100,
          flag.revised ?? '',
          flag.notes.join(' | '),
        ]);
      }
    }
  }
  return { columns: CSV_COLUMNS.map((column) => t(`trade.csv.${column}`)), rows };
}

/** A figure made of several observations is as sure as its least sure one. */
function confidenceOf(observations: readonly Observation[]): Observation['confidence'] {
  if (observations.some((o) => o.confidence === 'uncertain')) return 'uncertain';
  return observations.every((o) => o.confidence === 'verified') ? 'verified' : 'single-source';
}
