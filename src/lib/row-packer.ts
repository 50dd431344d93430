/**
 * Packs spans into rows so that none overlaps another in its row: each span, given in order, takes the
 * first row whose last span ends at or before its start. The timeline's lanes and the chart's event marks
 * both stack this way.
 */
export function rowPacker() {
  const rowEnds: number[] = [];
  return {
    /** The row of a span from `start` to `end`, which it then occupies. */
    place(start: number, end: number): number {
      let row = rowEnds.findIndex((rowEnd) => rowEnd <= start);
      if (row === -1) row = rowEnds.length;
      rowEnds[row] = end;
      return row;
    },
    get rows(): number {
      return rowEnds.length;
    },
  };
}
