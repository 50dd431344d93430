import type { TradeFile } from '../../data/schemas';
import type { Partner, Reporter } from '../../data/codes';
import { measureValue } from '../../data/selectors';

/** The years a chart shows, both ends included. */
export interface YearSpan {
  from: number;
  to: number;
}

/** The first and last year with data: the strip's whole length. */
export interface YearBounds {
  first: number;
  last: number;
}

export type BrushEnd = 'from' | 'to';
/** What a drag moves: one end, or the whole window. */
export type DragTarget = BrushEnd | 'window';

const clamp = (value: number, low: number, high: number) => Math.min(Math.max(value, low), high);
const yearCount = ({ first, last }: YearBounds) => last - first + 1;

/** Where a year's band starts and ends along the strip, as fractions of its length. */
export const bandStart = (year: number, bounds: YearBounds) => (year - bounds.first) / yearCount(bounds);
export const bandEnd = (year: number, bounds: YearBounds) => (year - bounds.first + 1) / yearCount(bounds);

/**
 * The whole years a drag has moved, for a pointer moved a fraction of the strip's length: rounded, so that
 * an end or the window moves as the pointer passes half a band, wherever on its band the press began.
 */
export const bandsMoved = (fraction: number, bounds: YearBounds) => Math.round(fraction * yearCount(bounds));

/** The year whose band lies under a point a fraction of the way along the strip; the end years beyond it. */
export function yearAt(fraction: number, bounds: YearBounds): number {
  return clamp(bounds.first + Math.floor(fraction * yearCount(bounds)), bounds.first, bounds.last);
}

/** One end moved to a year, kept within the data and at least a year from the other end (as the selects do). */
export function moveEnd(span: YearSpan, end: BrushEnd, year: number, bounds: YearBounds): YearSpan {
  return end === 'from'
    ? { from: clamp(year, bounds.first, span.to - 1), to: span.to }
    : { from: span.from, to: clamp(year, span.from + 1, bounds.last) };
}

/** The whole window moved by some years, its length kept, stopping at the data's ends. */
export function shiftWindow(span: YearSpan, by: number, bounds: YearBounds): YearSpan {
  const shift = clamp(by, bounds.first - span.from, bounds.last - span.to);
  return { from: span.from + shift, to: span.to + shift };
}

/** A press on the bare strip: inside the window it takes the window; outside, the nearer end. */
export function targetAt(year: number, span: YearSpan): DragTarget {
  if (year < span.from) return 'from';
  if (year > span.to) return 'to';
  return 'window';
}

/**
 * Where a press starts a drag from: an end pressed on the bare strip first comes to the year pressed; a
 * handle or the window stay where they are until the pointer moves (a handle lies over the bands beside
 * its line, and pressing it must not move it).
 */
export function pressSpan(span: YearSpan, target: DragTarget, onHandle: boolean, year: number, bounds: YearBounds) {
  return target === 'window' || onHandle ? span : moveEnd(span, target, year, bounds);
}

/** The span while a drag that started from `start` has moved `by` years. */
export function dragSpan(start: YearSpan, target: DragTarget, by: number, bounds: YearBounds) {
  return target === 'window' ? shiftWindow(start, by, bounds) : moveEnd(start, target, start[target] + by, bounds);
}

/** From and to within the data, in order and at least a year apart, whatever a link asks for. */
export function clampSpan(from: number | null, to: number | null, bounds: YearBounds): YearSpan {
  if (bounds.last <= bounds.first) return { from: bounds.first, to: bounds.last };
  const first = clamp(from ?? bounds.first, bounds.first, bounds.last - 1);
  return { from: first, to: clamp(to ?? bounds.last, first + 1, bounds.last) };
}

const KEY_STEPS: Partial<Record<string, number>> = {
  ArrowLeft: -1,
  ArrowDown: -1,
  ArrowRight: 1,
  ArrowUp: 1,
  PageDown: -5,
  PageUp: 5,
};

/** The span after a key pressed on one end's handle, as on any slider; null for a key a slider leaves alone. */
export function keySpan(span: YearSpan, end: BrushEnd, key: string, bounds: YearBounds): YearSpan | null {
  if (key === 'Home') return moveEnd(span, end, bounds.first, bounds);
  if (key === 'End') return moveEnd(span, end, bounds.last, bounds);
  const step = KEY_STEPS[key];
  return step === undefined ? null : moveEnd(span, end, span[end] + step, bounds);
}

/** The span as URL parameters: the data's own ends are written as "no parameter", so a link follows new data. */
export function spanParams(span: YearSpan, bounds: YearBounds): { from: number | null; to: number | null } {
  return { from: span.from === bounds.first ? null : span.from, to: span.to === bounds.last ? null : span.to };
}

export interface OverviewBar {
  year: number;
  /** Total trade of the partners shown; null where any of them has no figure that year. */
  value: number | null;
}

/** The strip's overview: each year's total trade of the partners shown, by one reporter, never a partial sum. */
export function overviewBars(
  trade: TradeFile,
  partners: readonly Partner[],
  reporter: Reporter,
  bounds: YearBounds,
): OverviewBar[] {
  const bars: OverviewBar[] = [];
  for (let year = bounds.first; year <= bounds.last; year++) {
    let sum: number | null = 0;
    for (const partner of partners) {
      const value = measureValue(trade, partner, reporter, year, 'total')?.value;
      sum = value === undefined || sum === null ? null : sum + value;
    }
    bars.push({ year, value: sum });
  }
  return bars;
}
