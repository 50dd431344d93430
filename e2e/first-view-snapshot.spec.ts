import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { formatDate } from '../src/lib/format';
import { SNAPSHOT_LAYOUTS } from '../src/snapshot/snapshot-layouts';
import { readDataFile } from './helpers/data-files';
import { SUB_PATH } from './server';
import { expect, test } from './fixtures';

// The build's snapshot of the first view (src/snapshot/), on the curated data it was drawn from: shown
// only where it is what the app draws, and taken away for the app without moving anything.

/** What the page looked like the moment the snapshot was put up: recorded in the same task, before any paint. */
interface SeenSnapshot {
  texts: Record<string, string>;
  boxes: Record<string, number[]>;
}

const PANELS = ['#map', '#trade', '#timeline'];
const PARTS = ['h1', '.trade-map', '.chart-deck', '.plain-chart-line', '.timeline-body', '.event-list', '.headline'];
const MAP_PARTS = ['.trade-map', '.map-legend', '#map h2'];
const ALL_PARTS = [...new Set([...PARTS, ...MAP_PARTS])];

function watchForSnapshot(page: Page) {
  return page.addInitScript(
    ([panels, parts]) => {
      const observer = new MutationObserver(() => {
        const shown = document.querySelector<HTMLElement>('.first-view-snapshot');
        if (!shown) return;
        observer.disconnect();
        const seen = {
          texts: Object.fromEntries(panels.map((p) => [p, shown.querySelector<HTMLElement>(p)?.innerText ?? ''])),
          boxes: Object.fromEntries(
            parts.map((p) => {
              const box = shown.querySelector(p)?.getBoundingClientRect();
              return [p, box ? [box.x, box.y, box.width, box.height] : []];
            }),
          ),
        };
        Object.assign(window, { __seenSnapshot: seen });
      });
      observer.observe(document, { childList: true, subtree: true });
    },
    [PANELS, ALL_PARTS] as const,
  );
}

const seenSnapshot = (page: Page) =>
  page.evaluate(() => (window as unknown as { __seenSnapshot?: SeenSnapshot }).__seenSnapshot ?? null);

async function appNow(page: Page): Promise<SeenSnapshot> {
  return page.evaluate(
    ([panels, parts]) => {
      const root = document.getElementById('root') ?? document.body;
      return {
        texts: Object.fromEntries(panels.map((p) => [p, root.querySelector<HTMLElement>(p)?.innerText ?? ''])),
        boxes: Object.fromEntries(
          parts.map((p) => {
            const box = root.querySelector(p)?.getBoundingClientRect();
            return [p, box ? [box.x, box.y, box.width, box.height] : []];
          }),
        ),
      };
    },
    [PANELS, ALL_PARTS] as const,
  );
}

const snapshotState = (page: Page) => page.locator('html').getAttribute('data-first-view-snapshot');
const drawn = (page: Page) => expect(page.locator('#root')).toHaveAttribute('data-render-complete', 'true');

for (const [name, layout] of Object.entries(SNAPSHOT_LAYOUTS)) {
  test.describe(`the ${name} layout (${layout.search || 'the default view'}, ${layout.viewport.width} px)`, () => {
    test.use({ viewport: layout.viewport });

    test('the snapshot is shown, then the app takes its place with the same text, where it stood', async ({
      dashboard,
      page,
    }) => {
      await watchForSnapshot(page);
      await dashboard.goto(layout.search, SUB_PATH);
      await drawn(page);
      expect(await snapshotState(page)).toBe('shown');
      await expect(page.locator('.first-view-snapshot')).toHaveCount(0);
      await expect(page.locator('#root')).not.toHaveClass(/is-offstage/);
      const seen = await seenSnapshot(page);
      expect(seen, 'the snapshot was seen').not.toBeNull();
      const app = await appNow(page);
      for (const panel of PANELS) expect(seen?.texts[panel], panel).toBe(app.texts[panel]);
      // The map's embed has the map panel only.
      for (const part of layout.search === '' ? PARTS : MAP_PARTS) {
        expect(seen?.boxes[part]?.length, `${part} in the snapshot`).toBe(4);
        seen?.boxes[part]?.forEach((value, i) => expect(value, part).toBeCloseTo(app.boxes[part]?.[i] ?? NaN, 0));
      }
      // And the page is the app's: a state chosen on the map is selected (and retitles the chart).
      await dashboard.country('Uzbekistan').click();
      await expect(dashboard.country('Uzbekistan')).toHaveAttribute('aria-pressed', 'true');
      if (layout.search === '') await expect(dashboard.tradeTitle).toContainText('China and Uzbekistan');
    });
  });
}

test('a data file replaced after the build: no snapshot, and the page shows the file served', async ({
  dashboard,
  page,
}) => {
  const trade = readDataFile('data', 'trade.json');
  // A day later: a change the reader would see, in a file that stays valid.
  const asOf = new Date(Date.parse(`${trade.asOf}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  await page.route('**/data/trade.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify({ ...trade, asOf }) }),
  );
  await watchForSnapshot(page);
  await dashboard.goto('', SUB_PATH);
  await drawn(page);
  expect(await snapshotState(page)).toBe('none: a data file differs');
  expect(await seenSnapshot(page), 'no snapshot was ever put up').toBeNull();
  await expect(page.getByText(/^Data as of/)).toContainText(formatDate(asOf));
});

test('any of the files drawn from changed by one digit, the same length: no snapshot', async ({ dashboard, page }) => {
  test.slow();
  for (const file of ['trade.json', 'countries.json', 'sources.json', 'events.json', 'central-asia.topo.json']) {
    const text = readFileSync(path.join('data', file), 'utf8');
    const last = text.search(/\d(?=\D*$)/);
    const digit = String((Number(text[last]) + 1) % 10);
    const changed = text.slice(0, last) + digit + text.slice(last + 1);
    const served = `**/data/${file}`;
    await page.route(served, (route) => route.fulfill({ contentType: 'application/json', body: changed }));
    await watchForSnapshot(page);
    await dashboard.goto('', SUB_PATH);
    await expect(page.locator('#root')).toHaveAttribute('data-render-complete');
    expect(await snapshotState(page), file).toBe('none: a data file differs');
    expect(await seenSnapshot(page), `${file}: no snapshot was ever put up`).toBeNull();
    await page.unroute(served);
  }
});

test('no snapshot for another view, language or width', async ({ browser, dashboard, page }) => {
  await dashboard.goto('?country=UZB', SUB_PATH);
  await drawn(page);
  expect(await snapshotState(page)).toBe('none: no snapshot of this view');

  await page.setViewportSize({ width: 1280, height: 800 });
  await dashboard.goto('', SUB_PATH);
  await drawn(page);
  expect(await snapshotState(page)).toBe('none: no layout for this width');

  const russian = await browser.newContext({ locale: 'ru-RU', viewport: SNAPSHOT_LAYOUTS.wide.viewport });
  try {
    const reader = await russian.newPage();
    await reader.goto(new URL(SUB_PATH, page.url()).href);
    await expect(reader.locator('#root')).toHaveAttribute('data-render-complete', 'true');
    expect(await snapshotState(reader)).toBe('none: not in English');
  } finally {
    await russian.close();
  }
});
