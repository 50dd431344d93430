import { WITHOUT_PARTNER_STATISTICS, type MapMeasure, type Reporter } from '../../data/codes';
import type { Source } from '../../data/schemas';
import { mapMeasureWords, WORDING } from '../../data/wording';
import { activeLanguage, t } from '../../i18n/i18n';
import { LOCALES } from '../../i18n/languages';
import { formatChange, formatShare, formatUsd } from '../../lib/format';
import type { CountryFigure } from './country-figures';

/** What the tooltip and the table say about a state: every line traceable to a figure and a source. */
export interface CountryLines {
  value: string;
  change: string;
  rank: string;
  reporter: string;
  source: string;
}

/** Whose figures a state's line rests on: a reporter's, or (China's share) the state's own. */
export type FigureBy = Reporter | 'own';

/**
 * What each set of lines was written from, for the accessible name, which puts the value and the year in
 * the language's own order (countryLabel); kept beside the lines so that they stay five strings.
 */
const WRITTEN_FROM = new WeakMap<CountryLines, { value: string | null; year: number }>();

/** A change in percentage points, to one decimal, as the language writes numbers: `5.0`, `5,0`. */
function points(value: number): string {
  return new Intl.NumberFormat(LOCALES[activeLanguage()], {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(value);
}

export function countryLines(
  figure: CountryFigure,
  year: number,
  by: FigureBy,
  sourcesById: ReadonlyMap<string, Source>,
  measure: MapMeasure = 'total',
): CountryLines {
  const publishers = [...new Set(figure.sources.map((id) => sourcesById.get(id)?.publisher ?? id))];
  const share = measure === 'china_share';
  const format = share ? formatShare : formatUsd;
  const before = year - 1;
  let change = t('map.value.none', { year: before });
  if (figure.changeRatio !== null)
    change = t('map.change.on', { change: formatChange(figure.changeRatio), year: before });
  else if (figure.changeAbsolute !== null) {
    const sign = figure.changeAbsolute >= 0 ? '+' : '−';
    change = share
      ? t('map.change.points', { change: `${sign}${points(Math.abs(figure.changeAbsolute * 100))}`, year: before })
      : t('map.change.on', {
          change: `${figure.changeAbsolute >= 0 ? '+' : ''}${formatUsd(figure.changeAbsolute)}`,
          year: before,
        });
  } else if (figure.value === null) change = '–';
  // China's share rests on the state's own figures, or on what stands in for them: said for each state.
  const reporter =
    by === 'own'
      ? figure.basis
        ? WORDING.basis[figure.basis]
        : WITHOUT_PARTNER_STATISTICS.includes(figure.iso3)
          ? WORDING.basis['mirror-estimate']
          : WORDING.basis['national-statistics']
      : WORDING.reporter[by].general;
  const value = figure.value === null ? null : format(figure.value);
  const lines: CountryLines = {
    value: value === null ? t('map.value.none', { year }) : t('map.value.in', { value, year }),
    change,
    rank: figure.rank === null ? t('map.rank.none') : t('map.rank.of', { rank: figure.rank, ranked: figure.ranked }),
    reporter,
    source: publishers.length > 0 ? publishers.join('; ') : '–',
  };
  WRITTEN_FROM.set(lines, { value, year });
  return lines;
}

/** The accessible name of a state on the map: its name first, then the figure. */
export function countryLabel(name: string, lines: CountryLines, measure: MapMeasure): string {
  const from = WRITTEN_FROM.get(lines);
  const { reporter, change, rank } = lines;
  if (!from) return t('map.countryLabel.lines', { name, value: lines.value, reporter, change, rank });
  if (from.value === null) return t('map.countryLabel.none', { name, year: from.year, reporter });
  return t('map.countryLabel.figure', {
    name,
    value: from.value,
    measure: mapMeasureWords(measure).ofState,
    year: from.year,
    reporter,
    change,
    rank,
  });
}
