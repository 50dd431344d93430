import { describe, expect, it } from 'vitest';
import { nextInDirection, rovingTarget, tabStopAmong, type ArrowKey, type FocusPoint } from './roving-focus';

/** The five states' label points, as lon and -lat (so y grows downwards as on screen). */
const STATES: FocusPoint[] = [
  { id: 'KAZ', x: 67, y: -48.2 },
  { id: 'KGZ', x: 74.6, y: -41.6 },
  { id: 'TJK', x: 70.6, y: -38.7 },
  { id: 'TKM', x: 59, y: -39 },
  { id: 'UZB', x: 63.5, y: -41.5 },
];
const ARROWS: ArrowKey[] = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'];

describe('nextInDirection', () => {
  it('moves to the nearest state that way', () => {
    expect(nextInDirection(STATES, 'UZB', 'ArrowRight')).toBe('KGZ');
    expect(nextInDirection(STATES, 'UZB', 'ArrowLeft')).toBe('TKM');
    expect(nextInDirection(STATES, 'UZB', 'ArrowUp')).toBe('KAZ');
    expect(nextInDirection(STATES, 'KAZ', 'ArrowDown')).toBe('UZB');
    expect(nextInDirection(STATES, 'KGZ', 'ArrowLeft')).toBe('TJK');
  });

  it('returns null where nothing lies that way', () => {
    expect(nextInDirection(STATES, 'KAZ', 'ArrowUp')).toBeNull();
    expect(nextInDirection(STATES, 'KGZ', 'ArrowRight')).toBeNull();
  });

  it('starts at the first point when the current one is unknown', () => {
    expect(nextInDirection(STATES, 'CHN', 'ArrowDown')).toBe('KAZ');
  });

  it('reaches every state from every state', () => {
    for (const start of STATES) {
      const seen = new Set([start.id]);
      const queue = [start.id];
      while (queue.length > 0) {
        const id = queue.shift() ?? '';
        for (const key of ARROWS) {
          const next = nextInDirection(STATES, id, key);
          if (next && !seen.has(next)) {
            seen.add(next);
            queue.push(next);
          }
        }
      }
      expect([...seen].sort(), `from ${start.id}`).toEqual(['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB']);
    }
  });
});

describe('rovingTarget', () => {
  it('stays put at an edge, jumps with Home and End, and ignores other keys', () => {
    expect(rovingTarget(STATES, 'KAZ', 'ArrowUp')).toBe('KAZ');
    expect(rovingTarget(STATES, 'TJK', 'Home')).toBe('KAZ');
    expect(rovingTarget(STATES, 'TJK', 'End')).toBe('UZB');
    expect(rovingTarget(STATES, 'TJK', 'Tab')).toBeNull();
    expect(rovingTarget(STATES, 'TJK', 'Enter')).toBeNull();
  });
});

describe('tabStopAmong', () => {
  it('keeps the chosen point as the Tab stop while it is drawn, else falls back to the first drawn', () => {
    expect(tabStopAmong(['KAZ', 'KGZ', 'UZB'], 'UZB')).toBe('UZB');
    // A state without a shape on the map cannot hold the group's only Tab stop.
    expect(tabStopAmong(['KAZ', 'KGZ', 'UZB'], 'TJK')).toBe('KAZ');
    expect(tabStopAmong(['KAZ'], null)).toBe('KAZ');
    expect(tabStopAmong([], 'KAZ')).toBeNull();
  });
});
