import type { Observation, TradeFile } from '../../data/schemas';
import type { Partner, Reporter } from '../../data/codes';
import { compareText } from '../../lib/compare';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** How many months a period covers: `Jan-Oct` is 10, `annual` 12. */
export function periodMonths(period: string): number {
  if (period === 'annual') return 12;
  return MONTHS.indexOf(period.slice(4)) + 1;
}

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
