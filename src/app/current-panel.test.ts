import { describe, expect, it } from 'vitest';
import { mostVisible } from './current-panel';

describe('the panel most in view', () => {
  const viewport = { width: 1440, height: 900 };
  it('is the one with the largest area on screen', () => {
    const boxes = [
      { panel: 'map' as const, top: -700, bottom: 100, left: 0, right: 800 },
      { panel: 'trade' as const, top: 120, bottom: 900, left: 0, right: 800 },
      { panel: 'timeline' as const, top: 120, bottom: 700, left: 820, right: 1440 },
    ];
    expect(mostVisible(boxes, viewport)).toBe('trade');
  });
  it('is the map when nothing is on screen', () => {
    expect(mostVisible([{ panel: 'timeline', top: 1000, bottom: 1500, left: 0, right: 100 }], viewport)).toBe('map');
  });
});
