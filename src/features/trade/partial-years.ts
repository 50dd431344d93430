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
  return (partialTotals(trade).get(partner) ?? []).filter((o) => reporters.includes(o.reporter)).slice(0, limit);
}

const partialCache = new WeakMap<TradeFile, Map<string, Observation[]>>();

/** Each partner's partial-year totals, latest first: indexed once per file, not scanned on every change of state. */
function partialTotals(trade: TradeFile): Map<string, Observation[]> {
  let byPartner = partialCache.get(trade);
  if (!byPartner) {
    byPartner = new Map();
    for (const o of trade.observations) {
      if (o.period === 'annual' || o.flow !== 'total') continue;
      const list = byPartner.get(o.partner);
      if (list) list.push(o);
      else byPartner.set(o.partner, [o]);
    }
    for (const list of byPartner.values())
      list.sort(
        (a, b) =>
          b.year - a.year || periodMonths(b.period) - periodMonths(a.period) || compareText(a.reporter, b.reporter),
      );
    partialCache.set(trade, byPartner);
  }
  return byPartner;
}
