import { measureValue } from '../../data/selectors';
import { type FigureBasis, type Measure, type Partner, PARTNERS, type Reporter } from '../../data/codes';
import { comparable, shareIn } from '../../data/partner-shares';
import type { PartnersFile, TradeFile } from '../../data/schemas';

/** What the map says about one state in the year shown. */
export interface CountryFigure {
  iso3: Partner;
  value: number | null;
  /** The same measure a year earlier, by the same reporter; null where there is no figure. */
  previous: number | null;
  /** Relative change on the previous year for flows; null for the balance or without two figures. */
  changeRatio: number | null;
  /** Absolute change, for the balance (whose sign can flip). */
  changeAbsolute: number | null;
  /** 1 = largest value among the states that have one; null without a value. */
  rank: number | null;
  /** How many states have a value (the rank is "of" this). */
  ranked: number;
  /** The ids of the sources the figure rests on. */
  sources: string[];
  /** For China's share: what the state's figures rest on (its statistics office, IMF DOTS, …). */
  basis?: FigureBasis;
}

export function countryFigures(trade: TradeFile, reporter: Reporter, year: number, measure: Measure): CountryFigure[] {
  const rows = PARTNERS.map((iso3) => {
    const now = measureValue(trade, iso3, reporter, year, measure);
    const before = measureValue(trade, iso3, reporter, year - 1, measure);
    const value = now?.value ?? null;
    const previous = before?.value ?? null;
    const both = value !== null && previous !== null;
    return {
      iso3,
      value,
      previous,
      changeRatio: both && measure !== 'balance' && previous > 0 ? value / previous - 1 : null,
      changeAbsolute: both ? value - previous : null,
      rank: null as number | null,
      ranked: 0,
      sources: (now?.observations ?? []).map((o) => o.source),
    };
  });
  return ranked(rows);
}

/** Ranks the states by value, largest first; a state without a value is not ranked. */
function ranked(rows: CountryFigure[]): CountryFigure[] {
  const withValue = rows
    .filter((r): r is typeof r & { value: number } => r.value !== null)
    .sort((a, b) => b.value - a.value);
  for (const row of rows) {
    row.ranked = withValue.length;
    const index = withValue.findIndex((r) => r.iso3 === row.iso3);
    row.rank = index === -1 ? null : index + 1;
  }
  return rows;
}

/**
 * China's share of each state's trade in a year, by the state's own figures (partners.json), with its
 * change in percentage points on the year before; ranked by share.
 */
export function chinaShareFigures(file: PartnersFile, year: number): CountryFigure[] {
  return ranked(
    PARTNERS.map((iso3) => {
      const now = shareIn(file, iso3, 'CHN', year);
      const before = shareIn(file, iso3, 'CHN', year - 1);
      return {
        iso3,
        value: now?.share ?? null,
        previous: before?.share ?? null,
        changeRatio: null,
        // Across a change of basis (a statistics office's table after IMF DOTS) the change says nothing.
        changeAbsolute: now && before && comparable(now.figure, before.figure) ? now.share - before.share : null,
        rank: null,
        ranked: 0,
        sources: now ? [...new Set([now.figure.source, now.world.source])] : [],
        ...(now ? { basis: now.figure.basis } : {}),
      };
    }),
  );
}
