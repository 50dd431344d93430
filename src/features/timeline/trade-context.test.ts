import { describe, expect, it } from 'vitest';
import { fixtureDataset } from '../../testing/fixtures';
import { tradeContext } from './trade-context';

describe('tradeContext', () => {
  it('finds the related observation by its key, with no comparison where the year before is missing', () => {
    const { events, trade } = fixtureDataset();
    const fm2 = events.events.find((e) => e.id === 'fm-2');
    if (!fm2) throw new Error('fixture');
    const [context] = tradeContext(fm2, trade);
    expect(context?.observation.value).toBe(36.5e9);
    expect(context?.observation.period).toBe('Jan-Oct');
    expect(context?.previous).toBeNull();
    expect(context?.change).toBeNull();
  });

  it('compares a partial year only with the same period a year earlier, never with the annual figure', () => {
    const { events, trade } = fixtureDataset();
    const fm2 = events.events.find((e) => e.id === 'fm-2');
    if (!fm2) throw new Error('fixture');
    trade.observations.push({
      partner: 'KAZ',
      year: 2023,
      period: 'Jan-Oct',
      reporter: 'china',
      flow: 'total',
      value: 32.7e9,
      unit: 'USD',
      source: 'customs',
      status: 'reported',
      confidence: 'single-source',
    });
    const [context] = tradeContext(fm2, trade);
    expect(context?.previous?.value).toBe(32.7e9);
    expect(context?.change).toBeCloseTo(36.5 / 32.7 - 1, 6);
  });

  it('gives nothing for an event without related trade', () => {
    const { events, trade } = fixtureDataset();
    const fm1 = events.events.find((e) => e.id === 'fm-1');
    expect(fm1 && tradeContext(fm1, trade)).toEqual([]);
  });
});
