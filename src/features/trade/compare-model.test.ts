import { describe, expect, it } from 'vitest';
import { measuresTrade } from '../../testing/fixtures';
import { compareRows } from './compare-rows';
import { compareFigures, drawnRows } from './compare-model';
import { fixtureTradeInputs, fixtureTradeModel } from './trade-fixtures';
import type { TradeView } from './trade-model';

const trade = measuresTrade();
const model = (patch: Partial<TradeView> = {}) =>
  fixtureTradeModel({ chart: 'compare', ...patch }, { ...fixtureTradeInputs(trade), meetings: [] });

describe('compareFigures', () => {
  it('ranks the five in the chosen year', () => {
    const f = compareFigures(model({ year: 2023 }), trade, false);
    expect(f.ranked.rows.map((r) => [r.partner, r.rank])).toEqual([
      ['KAZ', 1],
      ['UZB', 2],
      ['KGZ', 3],
      ['TKM', 4],
      ['TJK', 5],
    ]);
    expect(f.chartLabel).toBe(
      'Total trade: China and the five Central Asian states, 2023–2024, US$, current prices, line chart',
    );
    expect(f.notes).toEqual([]);
  });

  it('stacks only a measure that does not cross zero, and ranks a balance by total trade', () => {
    expect(compareFigures(model(), trade, true).stacked).toBe(true);
    const balance = compareFigures(model({ measure: 'balance' }), trade, true);
    expect([balance.canStack, balance.stacked, balance.rankedBy]).toEqual([false, false, 'total']);
  });

  it('says what a stack leaves out and what "both" draws', () => {
    expect(compareFigures(model({ reporter: 'both' }), trade, true).notes).toEqual([
      'The stack shows only years in which all five states have a figure; others are gaps.',
      'The comparison draws China’s figures; each state’s own figure and the gap are in the ranking.',
    ]);
  });
});

describe('drawnRows', () => {
  it('keeps in a stack only the years in which all five have a figure', () => {
    const rows = compareRows(trade, 'china', 'total', 2023, 2024);
    expect(drawnRows(rows, false)).toBe(rows);
    const stacked = drawnRows(rows, true);
    expect(stacked[0]?.KAZ).toBe(40e9);
    // Tajikistan has no 2024 figure: the year is a gap for all five.
    expect(stacked[1]?.KAZ).toBeNull();
  });
});
