import type { CsvTable } from '../../components/download/download-spec';
import type { Measure, Reporter } from '../../data/codes';
import type { Source } from '../../data/schemas';
import type { CountryFigure } from './country-figures';

/** `china-central-asia-trade-map-total-2025-china-reported` */
export function mapFileBase(measure: Measure, year: number | null, reporter: Reporter): string {
  return `china-central-asia-trade-map-${measure.replace('_', '-')}-${year ?? 'latest'}-${reporter}-reported`;
}

export const MAP_CSV_COLUMNS = [
  'country',
  'iso3',
  'year',
  'measure',
  'value_usd',
  'reporter',
  'source_publisher',
  'source_url',
];

/** One row per state, in the map's order; a state without a figure has an empty value, never a zero. */
export function mapCsv(
  figures: readonly CountryFigure[],
  names: ReadonlyMap<string, string>,
  sources: readonly Source[],
  year: number,
  measure: Measure,
  reporter: Reporter,
): CsvTable {
  const byId = new Map(sources.map((s) => [s.id, s]));
  return {
    columns: MAP_CSV_COLUMNS,
    rows: figures.map((f) => {
      const used = [...new Set(f.observations.map((o) => o.source))].map((id) => byId.get(id));
      return [
        names.get(f.iso3) ?? f.iso3,
        f.iso3,
        year,
        measure,
        f.value,
        reporter,
        used.map((s) => s?.publisher ?? '').join('; ') || null,
        used.map((s) => s?.url ?? '').join(' ') || null,
      ];
    }),
  };
}
