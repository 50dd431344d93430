import { describe, expect, it } from 'vitest';
import {
  formatChange,
  formatChangeAxis,
  formatDate,
  formatDateRange,
  formatUsd,
  formatUsdAxis,
  ordinal,
} from './format';

describe('formatUsd', () => {
  it.each([
    [41_032_000_000, '$41.0 bn'],
    [106_300_000_000, '$106.3 bn'],
    [1_000_000_000, '$1.0 bn'],
    [460_400_000, '$460 mn'],
    [4_460_000, '$4.5 mn'],
    [45_000_000, '$45 mn'],
    [850_000, '$850 k'],
    [12, '$12'],
    [-3_200_000_000, '−$3.2 bn'],
  ])('%d → %s', (value, text) => {
    expect(formatUsd(value)).toBe(text);
  });

  it('says nothing it cannot', () => {
    expect(formatUsd(Number.NaN)).toBe('–');
  });
});

describe('formatUsdAxis', () => {
  it('rounds ticks to what fits on an axis', () => {
    expect(formatUsdAxis(0)).toBe('$0');
    expect(formatUsdAxis(40_000_000_000)).toBe('$40 bn');
    expect(formatUsdAxis(2_500_000_000)).toBe('$2.5 bn');
    expect(formatUsdAxis(500_000_000)).toBe('$500 mn');
  });
  it('says the tick’s value, never a rounded neighbour', () => {
    expect(formatUsdAxis(13_500_000_000)).toBe('$13.5 bn');
    expect(formatUsdAxis(4_500_000_000)).toBe('$4.5 bn');
    expect(formatUsdAxis(12_250_000_000)).toBe('$12.25 bn');
    expect(formatUsdAxis(-1_500_000_000)).toBe('−$1.5 bn');
    expect(formatUsdAxis(2_500_000)).toBe('$2.5 mn');
  });
});

describe('formatChangeAxis', () => {
  it('signs and rounds percentages for an axis', () => {
    expect(formatChangeAxis(0)).toBe('0%');
    expect(formatChangeAxis(0.5)).toBe('+50%');
    expect(formatChangeAxis(-0.25)).toBe('−25%');
    expect(formatChangeAxis(0.025)).toBe('+2.5%');
    expect(formatChangeAxis(-0.05)).toBe('−5%');
  });
});

describe('formatChange', () => {
  it('signs the change', () => {
    expect(formatChange(0.113)).toBe('+11.3%');
    expect(formatChange(-0.05)).toBe('−5.0%');
    expect(formatChange(0)).toBe('±0.0%');
  });
});

describe('formatDate', () => {
  it('follows the precision of the ISO date', () => {
    expect(formatDate('2024-12-01')).toBe('1 Dec 2024');
    expect(formatDate('2025-05')).toBe('May 2025');
    expect(formatDate('2027')).toBe('2027');
  });

  it('says shared month and year once in a range', () => {
    expect(formatDateRange('2023-05-18', '2023-05-19')).toBe('18–19 May 2023');
    expect(formatDateRange('2023-05-18', undefined)).toBe('18 May 2023');
    expect(formatDateRange('2023-05-30', '2023-06-02')).toBe('30 May 2023 – 2 Jun 2023');
  });
});

describe('ordinal', () => {
  it.each([
    [1, '1st'],
    [2, '2nd'],
    [3, '3rd'],
    [4, '4th'],
    [11, '11th'],
    [12, '12th'],
    [21, '21st'],
    [23, '23rd'],
  ])('%d → %s', (n, text) => {
    expect(ordinal(n)).toBe(text);
  });
});
