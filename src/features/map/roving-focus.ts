/**
 * Arrow-key movement between points on screen (roving tabindex): the nearest point in the direction of
 * the arrow. Pure, so that "every state can be reached from every state" is a unit test.
 */
export interface FocusPoint<Id extends string = string> {
  id: Id;
  /** Screen coordinates: x to the right, y downwards. */
  x: number;
  y: number;
}

export type ArrowKey = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight';

const DIRECTIONS: Record<ArrowKey, [number, number]> = {
  ArrowRight: [1, 0],
  ArrowLeft: [-1, 0],
  ArrowDown: [0, 1],
  ArrowUp: [0, -1],
};

/** Points more than this far off the arrow's axis are not "in that direction". */
const MAX_ANGLE = (70 * Math.PI) / 180;

export const isArrowKey = (key: string): key is ArrowKey => key in DIRECTIONS;

/**
 * The id focus moves to for an arrow key, or null when nothing lies that way. Candidates within 70° of
 * the arrow are scored by distance, with points off the axis counting as farther.
 */
export function nextInDirection<Id extends string>(
  points: readonly FocusPoint<Id>[],
  currentId: Id,
  key: ArrowKey,
): Id | null {
  const current = points.find((p) => p.id === currentId);
  if (!current) return points[0]?.id ?? null;
  const [dx, dy] = DIRECTIONS[key];
  let best: { id: Id; score: number } | null = null;
  for (const p of points) {
    if (p.id === currentId) continue;
    const vx = p.x - current.x;
    const vy = p.y - current.y;
    const distance = Math.hypot(vx, vy);
    if (distance === 0) continue;
    const angle = Math.acos((vx * dx + vy * dy) / distance);
    if (angle > MAX_ANGLE) continue;
    const score = distance * (1 + 2 * Math.sin(angle));
    if (!best || score < best.score) best = { id: p.id, score };
  }
  return best?.id ?? null;
}

/** Home and End go to the first and last point in list order. */
export function edgeOf<Id extends string>(points: readonly FocusPoint<Id>[], key: 'Home' | 'End'): Id | null {
  return (key === 'Home' ? points[0] : points.at(-1))?.id ?? null;
}

/** The group's one Tab stop: the one chosen when it is among those drawn, else the first drawn. */
export function tabStopAmong<Id extends string>(drawn: readonly Id[], chosen: Id | null): Id | null {
  return chosen !== null && drawn.includes(chosen) ? chosen : (drawn[0] ?? null);
}

/** What a key does in a roving group: the id to focus, or null when the key is not ours. */
export function rovingTarget<Id extends string>(
  points: readonly FocusPoint<Id>[],
  currentId: Id,
  key: string,
): Id | null {
  if (key === 'Home' || key === 'End') return edgeOf(points, key);
  if (isArrowKey(key)) return nextInDirection(points, currentId, key) ?? currentId;
  return null;
}
