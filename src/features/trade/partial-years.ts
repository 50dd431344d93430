import type { Observation, TradeFile } from '../../data/schemas';
import type { Partner, Reporter } from '../../data/codes';
import { compareText } from '../../lib/compare';
import { periodMonths } from '../../lib/partial-date';

/** The latest part-year totals for a partner by the given reporters: newest year first, longest period first. */
export function latestPartialYears(
  trade: TradeFile,
  partner: Partner,
  reporters: readonly Reporter[],
  limit: number,
): Observation[] {
  return trade.observations
    .filter(
      (o) => o.partner === partner && o.period !== 'annual' && o.flow === 'total' && reporters.includes(o.reporter),
    )
    .sort(
      (a, b) =>
        b.year - a.year || periodMonths(b.period) - periodMonths(a.period) || compareText(a.reporter, b.reporter),
    )
    .slice(0, limit);
}
