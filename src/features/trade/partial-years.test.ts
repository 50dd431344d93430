import { describe, expect, it } from 'vitest';
import { measuresTrade } from '../../testing/fixtures';
import { periodMonths } from '../../lib/partial-date';
import { latestPartialYears } from './partial-years';

const trade = measuresTrade();

describe('partial years', () => {
  it('lists part-year totals only, newest and longest first', () => {
    expect(periodMonths('Jan-Oct')).toBe(10);
    expect(periodMonths('annual')).toBe(12);
    const listed = latestPartialYears(trade, 'KGZ', ['china', 'partner'], 4);
    expect(listed.map((o) => [o.year, o.period, o.value])).toEqual([[2023, 'Jan-Oct', 4e9]]);
    expect(latestPartialYears(trade, 'KGZ', ['china'], 4)).toEqual([]);
  });
});
