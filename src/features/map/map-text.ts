import type { Measure, Reporter } from '../../data/codes';
import type { Source } from '../../data/schemas';
import { WORDING } from '../../data/wording';
import { formatChange, formatUsd } from '../../lib/format';
import type { CountryFigure } from './country-figures';

/** What the tooltip and the table say about a state: every line traceable to a figure and a source. */
export interface CountryLines {
  value: string;
  change: string;
  rank: string;
  reporter: string;
  source: string;
}

export function countryLines(
  figure: CountryFigure,
  year: number,
  reporter: Reporter,
  sourcesById: ReadonlyMap<string, Source>,
): CountryLines {
  const publishers = [...new Set(figure.observations.map((o) => sourcesById.get(o.source)?.publisher ?? o.source))];
  let change = `no figure for ${year - 1}`;
  if (figure.changeRatio !== null) change = `${formatChange(figure.changeRatio)} on ${year - 1}`;
  else if (figure.changeAbsolute !== null) {
    const sign = figure.changeAbsolute >= 0 ? '+' : '';
    change = `${sign}${formatUsd(figure.changeAbsolute)} on ${year - 1}`;
  } else if (figure.value === null) change = '–';
  return {
    value: figure.value === null ? `no figure for ${year}` : `${formatUsd(figure.value)} in ${year}`,
    change,
    rank: figure.rank === null ? 'not ranked' : `${figure.rank} of ${figure.ranked}`,
    reporter: WORDING.reporter[reporter].general,
    source: publishers.length > 0 ? publishers.join('; ') : '–',
  };
}

/** The accessible name of a state on the map: its name first, then the figure. */
export function countryLabel(name: string, lines: CountryLines, measure: Measure): string {
  return lines.value.startsWith('no figure')
    ? `${name}: ${lines.value} from ${lines.reporter}`
    : `${name}: ${lines.value.replace(' in ', ` ${WORDING.measure[measure].ofState} in `)}, ${lines.reporter}; ${lines.change}; rank ${lines.rank}`;
}
