import { describe, expect, it } from 'vitest';
import { boxesOverlap, capitalSides, discTouchesBox, labelBox, type LabelRoom } from './label-room';

describe('labelBox', () => {
  it('places a label by its anchor, centred on its line', () => {
    const box = labelBox([100, 50], 'Astana', 10, 'start');
    expect(box.left).toBe(100);
    expect(box.right).toBeCloseTo(136);
    expect([box.top, box.bottom]).toEqual([45, 55]);
    expect(labelBox([100, 50], 'Astana', 10, 'end').right).toBe(100);
    expect(labelBox([100, 50], 'Astana', 10, 'middle').left).toBeCloseTo(82);
  });

  it('gives each Han character a whole em', () => {
    expect(labelBox([100, 50], '阿斯塔纳', 10, 'start').right).toBeCloseTo(140);
    expect(labelBox([100, 50], 'Астана', 10, 'start').right).toBeCloseTo(136);
  });
});

describe('overlaps', () => {
  it('tells boxes and discs that touch from those that do not', () => {
    const a = { left: 0, right: 10, top: 0, bottom: 10 };
    expect(boxesOverlap(a, { left: 9, right: 20, top: 5, bottom: 15 })).toBe(true);
    expect(boxesOverlap(a, { left: 10, right: 20, top: 0, bottom: 10 })).toBe(false);
    expect(discTouchesBox([15, 5], 6, a)).toBe(true);
    expect(discTouchesBox([15, 5], 4, a)).toBe(false);
    expect(discTouchesBox([14, 14], 5, a)).toBe(false);
  });
});

describe('capitalSides', () => {
  const room = (partial: Partial<LabelRoom>): LabelRoom => ({
    capitals: [{ iso3: 'KGZ', name: 'Bishkek', at: [100, 100], left: false, gap: 5 }],
    states: [],
    stateEm: 14,
    capitalEm: 11,
    discs: [],
    k: 1,
    ...partial,
  });

  const sides = (partial: Partial<LabelRoom>) => Object.fromEntries(capitalSides(room(partial)));
  const blockedLeft = [{ text: 'Kazakhstan', at: [70, 100] as [number, number] }];

  it('puts a name with room on its preferred side', () => {
    expect(sides({})).toEqual({ KGZ: 'right' });
  });

  it('moves a name that would run into a state’s name to the other side, or leaves it out', () => {
    const states = [{ text: 'Kyrgyzstan', at: [150, 104] as [number, number] }];
    expect(sides({ states })).toEqual({ KGZ: 'left' });
    expect(sides({ states: [...states, ...blockedLeft] })).toEqual({});
  });

  it('keeps a name off another place’s disc, not off its own', () => {
    const own = [{ city: 'Bishkek', at: [100, 100] as [number, number], radius: 8 }];
    expect(sides({ discs: own })).toEqual({ KGZ: 'right' });
    const almaty = [{ city: 'Almaty', at: [130, 98] as [number, number], radius: 8 }];
    expect(sides({ discs: almaty })).toEqual({ KGZ: 'left' });
    expect(sides({ discs: almaty, states: blockedLeft })).toEqual({});
  });

  it('gives the name back when zooming in makes room', () => {
    const states = [{ text: 'Kyrgyzstan', at: [150, 104] as [number, number] }, ...blockedLeft];
    expect(sides({ states, k: 1 })).toEqual({});
    expect(sides({ states, k: 4 })).toEqual({ KGZ: 'right' });
  });
});
