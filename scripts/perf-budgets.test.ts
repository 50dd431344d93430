import { describe, expect, it } from 'vitest';
import { formatTable, initialAssets, sizeRows, type BuildSizes } from './perf-budgets';

describe('initialAssets', () => {
  it('finds the entry script, its preloads and the style sheets, not the icon', () => {
    const html = `<link rel="icon" href="./favicon.svg" />
      <script type="module" crossorigin src="./assets/index-a.js"></script>
      <link rel="modulepreload" crossorigin href="./assets/vendor-b.js">
      <link rel="stylesheet" crossorigin href="./assets/index-c.css">`;
    expect(initialAssets(html)).toEqual({
      scripts: ['assets/index-a.js', 'assets/vendor-b.js'],
      styles: ['assets/index-c.css'],
    });
  });
});

describe('sizeRows', () => {
  const sizes: BuildSizes = { initialJs: 250_000, lazyJs: 0, css: 1, data: 1, geometry: 60_001, initialFiles: [] };

  it('passes a figure exactly on budget and fails one a byte over', () => {
    const rows = sizeRows(sizes);
    expect(rows.find((r) => r.figure.startsWith('initial JS'))?.pass).toBe(true);
    expect(rows.find((r) => r.figure.startsWith('geometry'))?.pass).toBe(false);
  });

  it('prints a table with the result of each budget', () => {
    const table = formatTable(sizeRows(sizes));
    expect(table).toMatch(/^initial JS \(gzip\)\s+250\.0 kB\s+≤ 250\.0 kB\s+pass$/m);
    expect(table).toMatch(/^geometry \(gzip\)\s+60\.0 kB\s+≤ 60\.0 kB\s+FAIL$/m);
  });
});
