import { describe, expect, it } from 'vitest';
import { compareText } from './compare';

describe('compareText', () => {
  it('orders ISO dates and ids as their text runs', () => {
    expect(['2024-12-01', '2020-07-16', '2025-04-26'].sort(compareText)).toEqual([
      '2020-07-16',
      '2024-12-01',
      '2025-04-26',
    ]);
    expect(compareText('cc5-fm-05', 'cc5-fm-05')).toBe(0);
    expect(compareText('cc5-fm-10', 'cc5-fm-09')).toBeGreaterThan(0);
    expect(compareText('Almaty', 'Astana')).toBeLessThan(0);
  });
});
