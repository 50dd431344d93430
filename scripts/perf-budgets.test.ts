import { describe, expect, it } from 'vitest';
import { formatTable, sizeRows, type BuildSizes } from './perf-budgets';

describe('sizeRows', () => {
  const sizes: BuildSizes = { allJs: 500_000, css: 1, data: 1, geometry: 60_001 };

  it('passes a figure exactly on budget and fails one a byte over', () => {
    expect(sizeRows(sizes, 200_000).find((r) => r.figure.startsWith('JS the first view'))?.pass).toBe(true);
    expect(sizeRows(sizes, 200_001).find((r) => r.figure.startsWith('JS the first view'))?.pass).toBe(false);
    expect(sizeRows(sizes, 1).find((r) => r.figure.startsWith('geometry'))?.pass).toBe(false);
  });

  it('counts what the first view did not wait for as loaded later', () => {
    expect(sizeRows(sizes, 180_000).find((r) => r.figure.startsWith('JS loaded later'))?.value).toBe('320.0 kB');
  });

  it('prints a table with the result of each budget', () => {
    const table = formatTable(sizeRows(sizes, 200_000));
    expect(table).toMatch(/^JS the first view waits for \(gzip\)\s+200\.0 kB\s+≤ 200\.0 kB\s+pass$/m);
    expect(table).toMatch(/^geometry \(gzip\)\s+60\.0 kB\s+≤ 60\.0 kB\s+FAIL$/m);
  });
});
