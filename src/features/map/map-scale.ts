import type { MapMeasure } from '../../data/codes';
import { t } from '../../i18n/i18n';
import { formatShareAxis, formatUsdAxis } from '../../lib/format';

export interface ColourBin {
  /** Inclusive lower bound; -Infinity for the first bin. */
  min: number;
  /** Exclusive upper bound; Infinity for the last bin. */
  max: number;
  color: string;
}

export interface ColourScale {
  bins: ColourBin[];
  noDataColor: string;
  /** How a bin's bounds are written: US$, or a share. */
  format: (value: number) => string;
}

const BN = 1e9;

// ColorBrewer Blues (sequential) and PuOr (diverging): both read under the common colour-vision deficiencies.
const SEQUENTIAL = ['#deebf7', '#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c'];
const DIVERGING = ['#b35806', '#f1a340', '#fee0b6', '#d8daeb', '#998ec3', '#542788'];

const SEQUENTIAL_BREAKS = [1, 2.5, 5, 10, 25].map((b) => b * BN);
/** China's share of a state's trade, in steps of ten points. */
const SHARE_BREAKS = [0.1, 0.2, 0.3, 0.4, 0.5];
/** China's balance: orange where China imports more than it exports, purple where it exports more. */
const DIVERGING_BREAKS = [-5, -1, 0, 1, 5].map((b) => b * BN);

export const NO_DATA_COLOR = 'var(--map-no-data)';

function binsFrom(breaks: number[], colors: string[]): ColourBin[] {
  return colors.map((color, i) => ({
    min: i === 0 ? -Infinity : (breaks[i - 1] ?? -Infinity),
    max: breaks[i] ?? Infinity,
    color,
  }));
}

/** Fixed, round breaks so that the same colour means the same amount in every year and every link. */
export function colourScale(measure: MapMeasure): ColourScale {
  if (measure === 'china_share')
    return { bins: binsFrom(SHARE_BREAKS, SEQUENTIAL), noDataColor: NO_DATA_COLOR, format: formatShareAxis };
  return measure === 'balance'
    ? { bins: binsFrom(DIVERGING_BREAKS, DIVERGING), noDataColor: NO_DATA_COLOR, format: formatUsdAxis }
    : { bins: binsFrom(SEQUENTIAL_BREAKS, SEQUENTIAL), noDataColor: NO_DATA_COLOR, format: formatUsdAxis };
}

export function binOf(scale: ColourScale, value: number | null): ColourBin | null {
  if (value === null || !Number.isFinite(value)) return null;
  return scale.bins.find((bin) => value >= bin.min && value < bin.max) ?? null;
}

export function colourOf(scale: ColourScale, value: number | null): string {
  return binOf(scale, value)?.color ?? scale.noDataColor;
}

/** A bin in words: `under $1 bn`, `$1 bn – $2.5 bn`, `$25 bn and more` (or `10% – 20%`). */
export function binLabel(min: number, max: number, format: (value: number) => string = formatUsdAxis): string {
  if (min === -Infinity) return t('map.bin.under', { max: format(max) });
  if (max === Infinity) return t('map.bin.over', { min: format(min) });
  return t('map.bin.range', { min: format(min), max: format(max) });
}

/** The legend of an exported map image: one swatch per bin, then "no data". */
export function legendSwatches(scale: ColourScale): { label: string; color: string; swatch: true }[] {
  return [
    ...scale.bins.map((bin) => ({
      label: binLabel(bin.min, bin.max, scale.format),
      color: bin.color,
      swatch: true as const,
    })),
    { label: t('map.legend.noData'), color: scale.noDataColor, swatch: true as const },
  ];
}
