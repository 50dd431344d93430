import { WITHOUT_PARTNER_STATISTICS, type MapMeasure, type Reporter } from '../../data/codes';
import type { Source } from '../../data/schemas';
import { mapMeasureWords, WORDING } from '../../data/wording';
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
  let change = `no figure for ${year - 1}`;
  if (figure.changeRatio !== null) change = `${formatChange(figure.changeRatio)} on ${year - 1}`;
  else if (figure.changeAbsolute !== null) {
    const sign = figure.changeAbsolute >= 0 ? '+' : '−';
    change = share
      ? `${sign}${Math.abs(figure.changeAbsolute * 100).toFixed(1)} points on ${year - 1}`
      : `${figure.changeAbsolute >= 0 ? '+' : ''}${formatUsd(figure.changeAbsolute)} on ${year - 1}`;
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
  return {
    value: figure.value === null ? `no figure for ${year}` : `${format(figure.value)} in ${year}`,
    change,
    rank: figure.rank === null ? 'not ranked' : `${figure.rank} of ${figure.ranked}`,
    reporter,
    source: publishers.length > 0 ? publishers.join('; ') : '–',
  };
}

/** The accessible name of a state on the map: its name first, then the figure. */
export function countryLabel(name: string, lines: CountryLines, measure: MapMeasure): string {
  return lines.value.startsWith('no figure')
    ? `${name}: ${lines.value} from ${lines.reporter}`
    : `${name}: ${lines.value.replace(' in ', ` ${mapMeasureWords(measure).ofState} in `)}, ${lines.reporter}; ${lines.change}; rank ${lines.rank}`;
}
