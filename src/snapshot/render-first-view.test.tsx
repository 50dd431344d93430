import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { compileCatalogue, readCatalogue } from '../../scripts/message-catalogues';
import { filesOf } from '../app/panels';
import { parseView } from '../app/url-state';
import { DataError } from '../data/data-error';
import { formatDate } from '../lib/format';
import { renderFirstView, SNAPSHOT_FILES, type SnapshotTexts } from './render-first-view';
import { SNAPSHOT_LAYOUTS } from './snapshot-layouts';

// The build's catalogues are a virtual module of Vite's; the snapshot is given its messages directly.
vi.mock('../i18n/load-messages', () => ({ fetchMessages: vi.fn() }));

const DIR = path.resolve(import.meta.dirname, '../../e2e/fixture-dataset');
const texts = Object.fromEntries(
  SNAPSHOT_FILES.map((file) => [file, readFileSync(path.join(DIR, file), 'utf8')]),
) as SnapshotTexts;
const messages = compileCatalogue(await readCatalogue('en'));
const wide = await renderFirstView(texts, messages, 'wide');
const count = (markup: string, pattern: RegExp) => markup.match(pattern)?.length ?? 0;
const viewBoxOf = (markup: string) => /viewBox="([^"]+)" class="rsm-svg/.exec(markup)?.[1];

describe('the snapshot of the first view', () => {
  it('is drawn from exactly the files each drawn view loads (the page checks those hashes)', () => {
    for (const { search } of Object.values(SNAPSHOT_LAYOUTS))
      expect([...filesOf(parseView(search))].sort()).toEqual([...SNAPSHOT_FILES].sort());
  });

  it('draws the whole default view from the files: the five states on the map, the chart’s lines, every event', () => {
    expect(wide).not.toMatch(/<!--\$[?!]-->/);
    expect(count(wide, /class="map-partner[^"]*"[^>]*role="button"|role="button"[^>]*class="map-partner/g)).toBe(5);
    expect(wide).toMatch(/class="plain-chart-line" d="M[^"]+"/);
    const { events } = JSON.parse(texts['events.json']) as { events: unknown[] };
    expect(count(wide, /<li class="event /g)).toBe(events.length);
    expect(wide).toContain(formatDate((JSON.parse(texts['trade.json']) as { asOf: string }).asOf));
  });

  it('draws each layout at its widths, the narrow one with the narrow map', async () => {
    const narrow = await renderFirstView(texts, messages, 'narrow');
    expect(wide).toContain(`width:${SNAPSHOT_LAYOUTS.wide.widths['chart-deck']}px`);
    expect(narrow).toContain(`width:${SNAPSHOT_LAYOUTS.narrow.widths['chart-deck']}px`);
    expect(viewBoxOf(narrow)).not.toBe(viewBoxOf(wide));
  });

  it('draws the map’s embed alone, in the layout drawn', async () => {
    const embed = await renderFirstView(texts, messages, 'map-embed-narrow');
    expect(count(embed, /class="map-partner[^"]*"[^>]*role="button"|role="button"[^>]*class="map-partner/g)).toBe(5);
    expect(embed).not.toContain('plain-chart-line');
    expect(embed).not.toContain('<li class="event ');
    const narrow = await renderFirstView(texts, messages, 'narrow');
    expect(viewBoxOf(embed)).toBe(viewBoxOf(narrow));
  });

  it('prefixes React’s ids, so that none is the app’s while both are in the page', () => {
    const ids = [...wide.matchAll(/ id="([^"]+)"/g)].map((m) => m[1] ?? '');
    const generated = ids.filter((id) => id.includes('R_'));
    expect(generated.length).toBeGreaterThan(0);
    for (const id of generated) expect(id).toMatch(/^_?snapshot-/);
  });

  it('refuses a file that fails its check, naming it', async () => {
    const broken = { ...texts, 'trade.json': texts['trade.json'].replace('"asOf"', '"asof"') };
    await expect(renderFirstView(broken, messages, 'wide')).rejects.toThrow(DataError);
    await expect(renderFirstView(broken, messages, 'wide')).rejects.toThrow(/trade\.json/);
  });
});
