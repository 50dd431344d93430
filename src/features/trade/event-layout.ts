import type { CaEvent } from '../../data/schemas';

/** Where a dated event falls on a time axis in years: 1 July 2023 is about 2023.5. */
export function eventPosition(start: string): number {
  const [y, m, d] = start.split('-').map(Number);
  const year = y ?? 0;
  if (m === undefined) return year + 0.5;
  const begin = Date.UTC(year, 0, 1);
  const end = Date.UTC(year + 1, 0, 1);
  // A month without a day sits in the middle of that month.
  const day = d === undefined ? Date.UTC(year, m - 1, 15) : Date.UTC(year, m - 1, d, 12);
  return year + (day - begin) / (end - begin);
}

export interface PlacedEvent {
  event: CaEvent;
  position: number;
  /** 0 at the left end of the domain, 1 at the right. */
  fraction: number;
  /** Marks closer than the minimum gap move down a row, so none hides another. */
  row: number;
}

/** Held events inside the domain, in date order, each on the first row where it has room. */
export function layoutEventMarks(events: readonly CaEvent[], domain: [number, number], minGap: number): PlacedEvent[] {
  const [lo, hi] = domain;
  const rowEnds: number[] = [];
  return events
    .filter((e) => e.status === 'held')
    .map((event) => ({ event, position: eventPosition(event.start) }))
    .filter(({ position }) => position >= lo && position <= hi)
    .sort((a, b) => a.position - b.position)
    .map(({ event, position }) => {
      let row = rowEnds.findIndex((end) => position - end >= minGap);
      if (row === -1) row = rowEnds.length;
      rowEnds[row] = position;
      return { event, position, fraction: (position - lo) / (hi - lo), row };
    });
}
