import { describe, expect, it } from 'vitest';
import { binLabel, binOf, colourOf, colourScale, legendSwatches, NO_DATA_COLOR } from './map-scale';

describe('colourScale', () => {
  const trade = colourScale('total');
  const balance = colourScale('balance');

  it('covers every value with exactly one bin', () => {
    for (const scale of [trade, balance]) {
      expect(scale.bins[0]?.min).toBe(-Infinity);
      expect(scale.bins.at(-1)?.max).toBe(Infinity);
      scale.bins.slice(1).forEach((bin, i) => expect(bin.min).toBe(scale.bins[i]?.max));
    }
  });

  it('puts a value on a break into the upper bin', () => {
    expect(binOf(trade, 10e9)?.min).toBe(10e9);
    expect(binOf(trade, 9.99e9)?.max).toBe(10e9);
  });

  it('bins the values the dashboard shows', () => {
    expect(binOf(trade, 43.8e9)?.color).toBe('#08519c');
    expect(binOf(trade, 0.4e9)?.color).toBe('#deebf7');
    expect(binOf(balance, -2e9)?.color).toBe('#f1a340');
    expect(binOf(balance, 12e9)?.color).toBe('#542788');
  });

  it('gives missing values the no-data style, not the lowest bin', () => {
    expect(colourOf(trade, null)).toBe(NO_DATA_COLOR);
    expect(colourOf(trade, Number.NaN)).toBe(NO_DATA_COLOR);
    expect(colourOf(trade, 0)).not.toBe(NO_DATA_COLOR);
  });
});

describe('legend of an exported map', () => {
  it('names every bin in words and ends with no data', () => {
    const swatches = legendSwatches(colourScale('total'));
    expect(swatches.map((s) => s.label)).toEqual([
      'under $1 bn',
      '$1 bn – $2.5 bn',
      '$2.5 bn – $5 bn',
      '$5 bn – $10 bn',
      '$10 bn – $25 bn',
      '$25 bn and more',
      'no data',
    ]);
    expect(swatches.at(-1)?.color).toBe(NO_DATA_COLOR);
    expect(swatches).toHaveLength(7);
  });

  it('labels a negative bin of the balance', () => {
    expect(binLabel(-5e9, -1e9)).toBe('−$5 bn – −$1 bn');
  });
});
