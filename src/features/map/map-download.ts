import type { CsvTable } from '../../components/download/download-spec';
import type { MapMeasure } from '../../data/codes';
import type { Source } from '../../data/schemas';
import { t } from '../../i18n/i18n';
import type { CountryFigure } from './country-figures';
import type { FigureBy } from './map-text';

/** `china-central-asia-trade-map-total-2025-china-reported`, `…-china-share-2023-own-reported` */
export function mapFileBase(measure: MapMeasure, year: number | null, by: FigureBy): string {
  return `china-central-asia-trade-map-${measure.replace('_', '-')}-${year ?? 'latest'}-${by}-reported`;
}

/** The columns' names in English; the file's header is in the language shown (`map.csv.<name>`). */
export const MAP_CSV_COLUMNS = [
  'country',
  'iso3',
  'year',
  'measure',
  'value_usd',
  'reporter',
  'source_publisher',
  'source_url',
] as const;

type Column = (typeof MAP_CSV_COLUMNS)[number] | 'share_of_state_trade';

const SHARE_COLUMNS: Partial<Record<Column, Column>> = { value_usd: 'share_of_state_trade' };

/** One row per state, in the map's order; a state without a figure has an empty value, never a zero. */
export function mapCsv(
  figures: readonly CountryFigure[],
  names: ReadonlyMap<string, string>,
  sources: readonly Source[],
  year: number,
  measure: MapMeasure,
  by: FigureBy,
): CsvTable {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const share = measure === 'china_share';
  return {
    // A share is a ratio of the state's own figures, not US$: its columns say so.
    columns: MAP_CSV_COLUMNS.map((c) => t(`map.csv.${share ? (SHARE_COLUMNS[c] ?? c) : c}`)),
    rows: figures.map((f) => {
      const used = [...new Set(f.sources)].map((id) => byId.get(id));
      return [
        names.get(f.iso3) ?? f.iso3,
        f.iso3,
        year,
        measure,
        f.value,
        share ? t('map.csv.reporterShare') : by,
        used.map((s) => s?.publisher ?? '').join('; ') || null,
        used.map((s) => s?.url ?? '').join(' ') || null,
      ];
    }),
  };
}
