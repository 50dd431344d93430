import type { CaEvent } from '../../data/schemas';
import { yearPosition } from '../../lib/partial-date';
import { rowPacker } from '../../lib/row-packer';

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
  const rows = rowPacker();
  return events
    .filter((e) => e.status === 'held')
    .map((event) => ({ event, position: yearPosition(event.start) }))
    .filter(({ position }) => position >= lo && position <= hi)
    .sort((a, b) => a.position - b.position)
    .map(({ event, position }) => ({
      event,
      position,
      fraction: (position - lo) / (hi - lo),
      row: rows.place(position, position + minGap),
    }));
}
