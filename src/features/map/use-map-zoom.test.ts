import { describe, expect, it } from 'vitest';
import { unmoved } from './use-map-zoom';

describe('unmoved', () => {
  const view = { center: [66.5, 42.25] as [number, number], zoom: 1 };

  it('takes a click (a gesture that ends where it began, give or take rounding) as no move', () => {
    expect(unmoved(view, [66.50000000001, 42.24999999999], 1)).toBe(true);
    expect(unmoved(view, undefined, undefined)).toBe(true);
  });

  it('sees a drag or a zoom', () => {
    expect(unmoved(view, [66.6, 42.25], 1)).toBe(false);
    expect(unmoved(view, [66.5, 42.3], 1)).toBe(false);
    expect(unmoved(view, [66.5, 42.25], 2)).toBe(false);
  });
});
