import type { CaEvent, Observation, ObservationKey, TradeFile } from '../../data/schemas';

export interface TradeContext {
  observation: Observation;
  /** The same partner, period, reporter and flow a year earlier, when the data has it. */
  previous: Observation | null;
  /** Change on the previous year, as a ratio; null without a comparable figure. */
  change: number | null;
}

const sameKey = (o: Observation, k: ObservationKey) =>
  o.partner === k.partner &&
  o.year === k.year &&
  o.period === k.period &&
  o.reporter === k.reporter &&
  o.flow === k.flow;

/**
 * The trade observations an event names in `related.trade`, each with the figure for the same period
 * of the year before: partial years are only ever compared with the same partial period.
 */
export function tradeContext(event: CaEvent, trade: TradeFile): TradeContext[] {
  const found: TradeContext[] = [];
  for (const key of event.related?.trade ?? []) {
    const observation = trade.observations.find((o) => sameKey(o, key));
    if (!observation) continue;
    const previous = trade.observations.find((o) => sameKey(o, { ...key, year: key.year - 1 })) ?? null;
    const change = previous && previous.value > 0 ? observation.value / previous.value - 1 : null;
    found.push({ observation, previous, change });
  }
  return found;
}
