import { describe, expect, it } from 'vitest';
import { changeAxisProps, GROWTH_CAP, linearScale, plotArea, plotWidth, usdAxisProps, yearTicks } from './chart-config';

const years = (ticks: number[]) => ticks.map(Math.floor);

describe('yearTicks', () => {
  it('labels every year when there is room', () => {
    expect(years(yearTicks(2018, 2025, 800))).toEqual([2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
  });

  it('puts each tick at the centre of its year, where the points are', () => {
    expect(yearTicks(2020, 2021, 800)).toEqual([2020.5, 2021.5]);
  });

  it('labels round years only when every year would collide', () => {
    expect(years(yearTicks(1992, 2025, 800))).toEqual([
      1992, 1994, 1996, 1998, 2000, 2002, 2004, 2006, 2008, 2010, 2012, 2014, 2016, 2018, 2020, 2022, 2024,
    ]);
    expect(years(yearTicks(1992, 2025, 300))).toEqual([2000, 2010, 2020]);
  });

  it('never gives more labels than fit', () => {
    for (const width of [120, 250, 400, 700, 1200]) {
      expect(yearTicks(1992, 2025, width).length).toBeLessThanOrEqual(Math.max(2, Math.floor(width / 44)));
    }
  });

  it('labels a single year', () => {
    expect(yearTicks(2024, 2024, 50)).toEqual([2024.5]);
  });
});

describe('plotWidth', () => {
  it('takes off the axis and margins, never below zero', () => {
    expect(plotWidth(600)).toBe(600 - 72 - 16);
    expect(plotWidth(10)).toBe(0);
  });
});

describe('changeAxisProps', () => {
  it('runs from zero or below to the highest change, in round steps', () => {
    expect(changeAxisProps([-0.57, 1.47, 0.2])).toMatchObject({ domain: [-1, 1.5], ticks: [-1, -0.5, 0, 0.5, 1, 1.5] });
    expect(changeAxisProps([0.03, 0.18]).ticks).toEqual([0, 0.05, 0.1, 0.15, 0.2]);
  });

  it('stops at the cap, so that growth from a tiny base does not flatten the other bars', () => {
    const axis = changeAxisProps([-0.57, 5.57]);
    expect(axis.domain).toEqual([-1, GROWTH_CAP]);
    expect(axis.ticks).toEqual([-1, 0, 1, 2, 3]);
    expect(axis.allowDataOverflow).toBe(true);
  });

  it('still has a span without any change, or with none but zero', () => {
    expect(changeAxisProps([]).ticks.length).toBeGreaterThan(1);
    expect(changeAxisProps([0]).domain[1]).toBeGreaterThan(0);
  });
});

describe('usdAxisProps', () => {
  it('goes from zero to just above the highest value in round steps', () => {
    expect(usdAxisProps([3e9, 41.2e9, 12e9]).ticks).toEqual([0, 10e9, 20e9, 30e9, 40e9, 50e9]);
    expect(usdAxisProps([0.2e9, 1.2e9]).ticks).toEqual([0, 0.25e9, 0.5e9, 0.75e9, 1e9, 1.25e9]);
  });

  it('reaches below zero for a deficit, with zero among the ticks', () => {
    const { ticks, domain } = usdAxisProps([-4.5e9, 18e9]);
    expect(ticks).toContain(0);
    expect(domain[0]).toBeLessThanOrEqual(-4.5e9);
    expect(domain[1]).toBeGreaterThanOrEqual(18e9);
    expect(ticks.length).toBeLessThanOrEqual(6);
  });

  it('keeps a usable axis with no figures or only zeros', () => {
    for (const values of [[], [0, 0], [Number.NaN]]) {
      const { domain, ticks } = usdAxisProps(values);
      expect(domain[1]).toBeGreaterThan(domain[0]);
      expect(ticks.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('rounds the ticks to the step: no floating-point noise in the labels', () => {
    expect(usdAxisProps([0.3]).ticks).toEqual([0, 0.1, 0.2, 0.3]);
  });
});

describe('plotArea and linearScale', () => {
  it('places the plot inside the shared margins and axes', () => {
    const plot = plotArea(800, 280);
    expect(plot.left).toBe(72);
    expect(plot.right).toBe(784);
    expect(plot.top).toBe(8);
    expect(plot.bottom).toBe(250);
    expect(plotWidth(800)).toBe(plot.right - plot.left);
  });

  it('maps a domain linearly onto a range, inverted for a value axis', () => {
    const y = linearScale([0, 50], [250, 8]);
    expect(y(0)).toBe(250);
    expect(y(50)).toBe(8);
    expect(y(25)).toBe(129);
  });
});
