import { describe, expect, it } from 'vitest';
import { placeTooltip } from './tooltip-position';

const bounds = { width: 400, height: 300 };
const size = { width: 160, height: 80 };

describe('placeTooltip', () => {
  it('sits above the point, centred', () => {
    expect(placeTooltip({ x: 200, y: 150 }, size, bounds)).toEqual({ left: 120, top: 58 });
  });

  it('never leaves the frame on the left or the right', () => {
    expect(placeTooltip({ x: 10, y: 150 }, size, bounds).left).toBe(0);
    expect(placeTooltip({ x: 395, y: 150 }, size, bounds).left).toBe(240);
  });

  it('flips below near the top, and clamps when neither fits', () => {
    expect(placeTooltip({ x: 200, y: 20 }, size, bounds).top).toBe(32);
    expect(placeTooltip({ x: 200, y: 20 }, size, { width: 400, height: 90 }).top).toBe(10);
  });

  it('pins a tooltip wider than the frame to its left edge', () => {
    expect(placeTooltip({ x: 50, y: 150 }, { width: 500, height: 80 }, bounds).left).toBe(0);
  });
});
