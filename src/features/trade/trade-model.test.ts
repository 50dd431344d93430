import { describe, expect, it } from 'vitest';
import { fixtureDataset } from '../../testing/fixtures';
import { fixtureTradeInputs, fixtureTradeModel } from './trade-fixtures';
import type { TradeInputs, TradeView } from './trade-model';

const data = fixtureDataset();
const [base] = data.trade.observations;
if (!base) throw new Error('the fixture has no observation');
const inputs = fixtureTradeInputs();
const model = (patch: Partial<TradeView> = {}, files: Partial<TradeInputs> = {}) =>
  fixtureTradeModel(patch, { ...inputs, ...files });

describe('tradeModel: one country', () => {
  it('names the measure, the state, the years and the reporter', () => {
    const m = model();
    expect(m.title).toBe('Total trade: China and Kazakhstan');
    expect(m.subtitle).toBe('US$, current prices · annual · 2022–2024 · as reported by China’s customs');
    expect([m.from, m.to]).toEqual([2022, 2024]);
    expect(m.years).toEqual([2022, 2023, 2024]);
  });

  it('takes the latest year with a total for the headline, or the one asked for', () => {
    expect(model().year).toBe(2024);
    expect(model({ to: 2023 }).year).toBe(2023);
    expect(model({ year: 2022 }).year).toBe(2022);
  });

  it('draws both reporters, China first, each with its label', () => {
    const m = model({ reporter: 'both' });
    expect(m.reporters).toEqual(['china', 'partner']);
    expect(m.subtitle).toContain('as reported by China’s customs and Kazakhstan’s statistics');
  });

  it('refuses the change on the year before for a balance, and says so', () => {
    expect(model({ growth: true }).growth).toBe(true);
    const balance = model({ growth: true, measure: 'balance' });
    expect([balance.growth, balance.growthRefused]).toEqual([false, true]);
    expect(balance.title).toBe('China’s trade balance: China and Kazakhstan');
  });

  it('clamps a link that asks for years outside the data', () => {
    const m = model({ from: 1992, to: 2100 });
    expect([m.from, m.to]).toEqual([2022, 2024]);
  });

  it('lists the sources behind the figures shown, and the strip of each year’s total', () => {
    const m = model();
    expect(m.sources.map((s) => s.id)).toEqual(['customs']);
    expect(m.bars).toEqual([
      { year: 2022, value: 30e9 },
      { year: 2023, value: 40e9 },
      { year: 2024, value: 50e9 },
    ]);
  });

  it('offers the figures as a CSV with the file named for the view', () => {
    const download = model().download;
    expect(download?.fileBase).toBe('china-kazakhstan-trade-2022-2024');
    expect(download?.sourceLine).toBe('Source: Customs');
    expect(download?.table().rows).toHaveLength(3);
  });

  it('places the meetings held in the years shown on the time axis', () => {
    expect(model().lines).toEqual([]);
    const from2020 = { ...data.trade, observations: [...data.trade.observations] };
    from2020.observations.push({ ...base, year: 2020 });
    // The 3rd summit is only announced: no line.
    expect(model({}, { trade: from2020 }).lines.map((l) => l.event.id)).toEqual(['fm-1', 'fm-2']);
    expect(model({ from: 2021 }, { trade: from2020 }).lines.map((l) => l.event.id)).toEqual(['fm-2']);
  });

  it('has no figures, no download and an empty span while the trade file loads', () => {
    const m = model({}, { trade: undefined });
    expect([m.span, m.download, m.bars]).toEqual([null, null, []]);
    expect(m.title).toBe('Total trade: China and Kazakhstan');
  });
});

describe('tradeModel: the five compared', () => {
  it('draws one reporter for the five, China’s when both are asked for', () => {
    const m = model({ chart: 'compare', reporter: 'both' });
    expect(m.compare).toBe(true);
    expect(m.reporters).toEqual(['china']);
    expect(m.partners).toEqual(['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB']);
    expect(m.title).toBe('Total trade: China and the five Central Asian states');
    expect(m.subtitle).toContain('as reported by China’s customs');
  });

  it('never draws the change on the year before for the five', () => {
    expect(model({ chart: 'compare', growth: true }).growth).toBe(false);
  });

  it('sums the strip’s bars only where all five report', () => {
    expect(model({ chart: 'compare' }).bars.map((b) => b.value)).toEqual([null, null, null]);
  });
});
