/** The trade models' test inputs: the fixture dataset as the panel's hooks hand it over. Tests only. */
import { meetingsInOrder } from '../../data/event-order';
import type { TradeFile } from '../../data/schemas';
import { partnerNames, sourcesById } from '../../data/use-data';
import { fixtureDataset } from '../../testing/fixtures';
import { tradeModel, type TradeInputs, type TradeView } from './trade-model';

export const DEFAULT_TRADE_VIEW: TradeView = {
  country: 'KAZ',
  measure: 'total',
  reporter: 'china',
  from: null,
  to: null,
  year: null,
  chart: 'country',
  growth: false,
};

export function fixtureTradeInputs(trade: TradeFile | undefined = fixtureDataset().trade): TradeInputs {
  const data = fixtureDataset();
  return {
    trade,
    names: partnerNames(data.countries),
    sourcesById: sourcesById(data.sources),
    meetings: meetingsInOrder(data.events),
  };
}

/** The model of the default view with `patch` applied, on these inputs. */
export const fixtureTradeModel = (patch: Partial<TradeView> = {}, inputs: TradeInputs = fixtureTradeInputs()) =>
  tradeModel({ ...DEFAULT_TRADE_VIEW, ...patch }, inputs);
