import { describe, expect, it } from 'vitest';
import { changeAxisProps, GROWTH_CAP, plotWidth, yearTicks } from './chart-config';

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
