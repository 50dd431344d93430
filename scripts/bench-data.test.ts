import { describe, expect, it } from 'vitest';
import { EventsFileSchema, TradeFileSchema } from '../src/data/schemas';
import { fixtureDataset } from '../src/testing/fixtures';
import { scaleEvents, scaleTrade } from './bench-data';

describe('scaleTrade', () => {
  it('makes N times the observations, all valid and with distinct keys', () => {
    const { trade } = fixtureDataset();
    const scaled = scaleTrade(trade, 10);
    expect(scaled.observations).toHaveLength(trade.observations.length * 10);
    expect(TradeFileSchema.safeParse(scaled).success).toBe(true);
  });

  it('keeps the curated records first and marks every added one as synthetic', () => {
    const { trade } = fixtureDataset();
    const scaled = scaleTrade(trade, 3);
    expect(scaled.observations.slice(0, trade.observations.length)).toEqual(trade.observations);
    const added = scaled.observations.slice(trade.observations.length);
    expect(added.every((o) => o.note?.startsWith('SYNTHETIC') && o.status === 'estimate')).toBe(true);
  });

  it('grows into later years before it uses partial periods', () => {
    const { trade } = fixtureDataset();
    const kaz2022 = scaleTrade(trade, 2).observations.filter((o) => o.partner === 'KAZ' && o.flow === 'total');
    // The fixture spans 2022–2024 (3 years): KAZ 2022 annual is copied to 2025.
    expect(kaz2022.some((o) => o.year === 2025 && o.period === 'annual')).toBe(true);
  });
});

describe('scaleEvents', () => {
  it('clones each event N − 1 times under new ids', () => {
    const { events } = fixtureDataset();
    const scaled = scaleEvents(events, 4);
    expect(scaled.events).toHaveLength(events.events.length * 4);
    expect(new Set(scaled.events.map((e) => e.id)).size).toBe(scaled.events.length);
    expect(EventsFileSchema.safeParse(scaled).success).toBe(true);
  });
});
