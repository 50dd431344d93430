import { describe, expect, it } from 'vitest';
import type { Observation, TradeFile } from '../../data/schemas';
import {
  bandEnd,
  bandStart,
  clampSpan,
  dragSpan,
  keySpan,
  moveEnd,
  overviewBars,
  pressSpan,
  shiftWindow,
  spanParams,
  targetAt,
  yearAt,
  bandsMoved,
} from './range-brush';

const bounds = { first: 2000, last: 2009 };

describe('positions along the strip', () => {
  it('gives each year an equal band, the first at the left edge and the last ending at the right', () => {
    expect(bandStart(2000, bounds)).toBe(0);
    expect(bandEnd(2000, bounds)).toBeCloseTo(0.1);
    expect(bandStart(2005, bounds)).toBeCloseTo(0.5);
    expect(bandEnd(2009, bounds)).toBe(1);
  });

  it('finds the year under a point, and the end years beyond either edge', () => {
    expect(yearAt(0, bounds)).toBe(2000);
    expect(yearAt(0.55, bounds)).toBe(2005);
    expect(yearAt(0.999, bounds)).toBe(2009);
    expect(yearAt(1, bounds)).toBe(2009);
    expect(yearAt(-0.3, bounds)).toBe(2000);
    expect(yearAt(1.7, bounds)).toBe(2009);
  });

  it('counts the years a drag moved to the nearest band, wherever on its band the press began', () => {
    // Ten bands: a tenth of the strip is a year.
    expect(bandsMoved(0.04, bounds)).toBe(0);
    expect(bandsMoved(0.06, bounds)).toBe(1);
    expect(bandsMoved(-0.06, bounds)).toBe(-1);
    expect(bandsMoved(0.31, bounds)).toBe(3);
    // The first end's grip, just outside the strip, moved three bands right: the window starts three years on.
    expect(dragSpan({ from: 2000, to: 2006 }, 'from', bandsMoved(0.3, bounds), bounds)).toEqual({
      from: 2003,
      to: 2006,
    });
  });
});

describe('moving the span', () => {
  const span = { from: 2003, to: 2006 };

  it('moves one end, never past the data or onto the other end', () => {
    expect(moveEnd(span, 'from', 2001, bounds)).toEqual({ from: 2001, to: 2006 });
    expect(moveEnd(span, 'from', 1990, bounds)).toEqual({ from: 2000, to: 2006 });
    expect(moveEnd(span, 'from', 2008, bounds)).toEqual({ from: 2005, to: 2006 });
    expect(moveEnd(span, 'to', 2003, bounds)).toEqual({ from: 2003, to: 2004 });
    expect(moveEnd(span, 'to', 2050, bounds)).toEqual({ from: 2003, to: 2009 });
  });

  it('shifts the window whole, stopping at the data’s ends with its length kept', () => {
    expect(shiftWindow(span, 2, bounds)).toEqual({ from: 2005, to: 2008 });
    expect(shiftWindow(span, 10, bounds)).toEqual({ from: 2006, to: 2009 });
    expect(shiftWindow(span, -10, bounds)).toEqual({ from: 2000, to: 2003 });
  });

  it('takes a press outside the window for its nearer end, inside it for the window', () => {
    expect(targetAt(2001, span)).toBe('from');
    expect(targetAt(2008, span)).toBe('to');
    expect(targetAt(2003, span)).toBe('window');
    expect(targetAt(2006, span)).toBe('window');
  });

  it('starts a drag on the bare strip by bringing the nearer end there, and on a handle or the window in place', () => {
    expect(pressSpan(span, 'from', false, 2001, bounds)).toEqual({ from: 2001, to: 2006 });
    expect(pressSpan(span, 'to', false, 2008, bounds)).toEqual({ from: 2003, to: 2008 });
    // A handle sits on the line between two years: the year under either half leaves it where it is.
    expect(pressSpan(span, 'from', true, 2002, bounds)).toEqual(span);
    expect(pressSpan(span, 'to', true, 2007, bounds)).toEqual(span);
    expect(pressSpan(span, 'window', false, 2004, bounds)).toEqual(span);
  });

  it('moves what a drag holds by as many years as the pointer has moved', () => {
    expect(dragSpan(span, 'window', 2, bounds)).toEqual({ from: 2005, to: 2008 });
    expect(dragSpan(span, 'from', 0, bounds)).toEqual(span);
    expect(dragSpan(span, 'from', -3, bounds)).toEqual({ from: 2000, to: 2006 });
    expect(dragSpan(span, 'to', -5, bounds)).toEqual({ from: 2003, to: 2004 });
  });

  it('keeps the years a link asks for within the data, in order and a year apart', () => {
    expect(clampSpan(null, null, bounds)).toEqual({ from: 2000, to: 2009 });
    expect(clampSpan(2004, 2004, bounds)).toEqual({ from: 2004, to: 2005 });
    expect(clampSpan(2030, null, bounds)).toEqual({ from: 2008, to: 2009 });
    expect(clampSpan(1990, 1995, bounds)).toEqual({ from: 2000, to: 2001 });
    expect(clampSpan(2003, 2050, bounds)).toEqual({ from: 2003, to: 2009 });
    expect(clampSpan(null, null, { first: 2000, last: 2000 })).toEqual({ from: 2000, to: 2000 });
  });

  it('steps an end by the keys of a slider, and ignores the others', () => {
    expect(keySpan(span, 'from', 'ArrowLeft', bounds)).toEqual({ from: 2002, to: 2006 });
    expect(keySpan(span, 'from', 'ArrowUp', bounds)).toEqual({ from: 2004, to: 2006 });
    expect(keySpan(span, 'to', 'PageUp', bounds)).toEqual({ from: 2003, to: 2009 });
    expect(keySpan(span, 'to', 'PageDown', bounds)).toEqual({ from: 2003, to: 2004 });
    expect(keySpan(span, 'from', 'Home', bounds)).toEqual({ from: 2000, to: 2006 });
    expect(keySpan(span, 'from', 'End', bounds)).toEqual({ from: 2005, to: 2006 });
    expect(keySpan(span, 'to', 'End', bounds)).toEqual({ from: 2003, to: 2009 });
    expect(keySpan(span, 'to', 'Enter', bounds)).toBeNull();
  });

  it('writes the data’s own ends as no parameter, so that a link follows new data', () => {
    expect(spanParams({ from: 2000, to: 2009 }, bounds)).toEqual({ from: null, to: null });
    expect(spanParams({ from: 2003, to: 2009 }, bounds)).toEqual({ from: 2003, to: null });
    expect(spanParams({ from: 2000, to: 2004 }, bounds)).toEqual({ from: null, to: 2004 });
  });
});

describe('overviewBars', () => {
  const observation = (partner: 'KAZ' | 'KGZ', year: number, value: number, period = 'annual'): Observation =>
    ({ partner, year, value, period, reporter: 'china', flow: 'total', source: 's', unit: 'USD' }) as Observation;
  const trade = {
    observations: [
      observation('KAZ', 2000, 10),
      observation('KGZ', 2000, 5),
      observation('KAZ', 2001, 12),
      observation('KAZ', 2002, 30, 'Jan-Jun'),
      observation('KGZ', 2002, 4),
    ],
  } as unknown as TradeFile;
  const years = { first: 2000, last: 2002 };

  it('gives one partner’s annual totals, with a gap for a year without one (a partial year is not annual)', () => {
    expect(overviewBars(trade, ['KAZ'], 'china', years)).toEqual([
      { year: 2000, value: 10 },
      { year: 2001, value: 12 },
      { year: 2002, value: null },
    ]);
  });

  it('sums several partners only where every one of them has a figure', () => {
    expect(overviewBars(trade, ['KAZ', 'KGZ'], 'china', years)).toEqual([
      { year: 2000, value: 15 },
      { year: 2001, value: null },
      { year: 2002, value: null },
    ]);
  });

  it('has nothing for the other reporter', () => {
    expect(overviewBars(trade, ['KAZ'], 'partner', years).every((bar) => bar.value === null)).toBe(true);
  });
});
