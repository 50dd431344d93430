import { describe, expect, it } from 'vitest';
import { isRealDate, parsePartialDate, yearPosition } from './partial-date';

describe('parsePartialDate', () => {
  it('reads the precision from the length', () => {
    expect(parsePartialDate('2024-12-01')).toEqual({ year: 2024, month: 12, day: 1, precision: 'day' });
    expect(parsePartialDate('2025-05')).toEqual({ year: 2025, month: 5, precision: 'month' });
    expect(parsePartialDate('2027')).toEqual({ year: 2027, precision: 'year' });
  });
});

describe('isRealDate', () => {
  it('refuses a day or month that does not exist', () => {
    expect(isRealDate('2024-02-29')).toBe(true);
    expect(isRealDate('2023-02-29')).toBe(false);
    expect(isRealDate('2024-04-31')).toBe(false);
    expect(isRealDate('2024-13')).toBe(false);
    expect(isRealDate('2027')).toBe(true);
  });
});

describe('yearPosition', () => {
  it('places a date at the middle of the period it stands for', () => {
    expect(yearPosition('2023-01-01')).toBeCloseTo(2023 + 0.5 / 365);
    expect(yearPosition('2027')).toBe(2027.5);
    // July 2024 (a leap year): 182 days before it, and half of its 31.
    expect(yearPosition('2024-07')).toBeCloseTo(2024 + (182 + 15.5) / 366);
  });
});
