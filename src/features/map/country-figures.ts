import { measureValue } from '../../data/selectors';
import { type Measure, type Partner, PARTNERS, type Reporter } from '../../data/codes';
import type { Observation, TradeFile } from '../../data/schemas';

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
  observations: Observation[];
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
      observations: now?.observations ?? [],
    };
  });
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
