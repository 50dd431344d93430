import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { waitForPanel } from './helpers/panels';
import { FIXTURE_DATASET } from './server';
import { expect, test } from './fixtures';

// Faults in serving the data: a file that never comes, a connection that fails, a server error, a file
// too large, text too long, an implausible figure, a reference to a source that is not there. Each
// panel that needs the file says which file and what went wrong, the others keep working, automation
// learns that the page ended in an error, and Retry loads the file again where another try can help.

const fixture = (file: string) =>
  JSON.parse(readFileSync(path.join(FIXTURE_DATASET, file), 'utf8')) as Record<string, unknown>;
const serve = (page: Page, file: string, body: unknown) =>
  page.route(`**/data/${file}`, (route) =>
    route.fulfill({ contentType: 'application/json', body: typeof body === 'string' ? body : JSON.stringify(body) }),
  );

test('a file that never answers: after the deadline the panel says so, offers Retry, and the page ends in "error"', async ({
  dashboard,
  page,
}) => {
  test.setTimeout(60_000);
  await page.route('**/data/events.json', () => undefined);
  await dashboard.goto();
  await waitForPanel(dashboard, 'map');
  await waitForPanel(dashboard, 'trade');
  const alert = dashboard.timeline.getByRole('alert');
  await expect(alert).toContainText('data/events.json did not arrive', { timeout: 25_000 });
  await expect(alert).toContainText('no answer from the server within 15 s');
  await expect(page.locator('#root')).toHaveAttribute('data-render-complete', 'error');

  await page.unroute('**/data/events.json');
  await alert.getByRole('button', { name: 'Retry' }).click();
  await waitForPanel(dashboard, 'timeline');
  await expect(dashboard.timeline.getByRole('alert')).toHaveCount(0);
  await expect(page.locator('#root')).toHaveAttribute('data-render-complete', 'true');
});

test('a connection that fails: the chart says the file could not be loaded, and Retry brings it', async ({
  dashboard,
  page,
  watch,
}) => {
  let refused = true;
  await page.route('**/data/trade.json', (route) => (refused ? route.abort('connectionfailed') : route.fallback()));
  await dashboard.goto();
  const alert = dashboard.trade.getByRole('alert');
  await expect(alert).toContainText('data/trade.json could not be loaded');
  await waitForPanel(dashboard, 'timeline');
  refused = false;
  await alert.getByRole('button', { name: 'Retry' }).click();
  await waitForPanel(dashboard, 'trade');
  expect(watch.errors.filter((e) => !e.includes('ERR_CONNECTION_FAILED'))).toEqual([]);
  watch.errors.length = 0;
});

test('a server error on sources.json: every panel says so with the status, the figures still draw', async ({
  dashboard,
  page,
  watch,
}) => {
  await page.route('**/data/sources.json', (route) => route.fulfill({ status: 500, body: 'Internal error' }));
  await dashboard.goto();
  await dashboard.waitForData();
  const alert = page.getByRole('alert').filter({ hasText: 'data/sources.json' }).first();
  await expect(alert).toContainText('could not be loaded');
  await expect(alert).toContainText('HTTP 500');
  await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
  expect(watch.errors.filter((e) => !e.includes('status of 500'))).toEqual([]);
  watch.errors.length = 0;
});

test('a file over its size limit is refused before it is read, naming the file and the limit', async ({
  dashboard,
  page,
}) => {
  const events = fixture('events.json') as { events: unknown[] };
  // Valid JSON, 5 MB: over the 4 MB that events.json may weigh.
  await serve(page, 'events.json', { ...events, padding: ' '.repeat(5 * 1024 * 1024) });
  await dashboard.goto();
  const alert = dashboard.timeline.getByRole('alert');
  await expect(alert).toContainText('data/events.json is too large');
  await expect(alert).toContainText('over its limit of 4.0 MB: refused');
  await waitForPanel(dashboard, 'trade');
});

test('a 10,000-character title is refused at its path; long text wraps instead of widening the page', async ({
  dashboard,
  page,
}) => {
  const events = fixture('events.json') as { events: { title: string }[] };
  const long = structuredClone(events);
  if (long.events[0]) long.events[0].title = 'x'.repeat(10_000);
  await serve(page, 'events.json', long);
  await dashboard.goto();
  const alert = dashboard.timeline.getByRole('alert');
  await expect(alert).toContainText('events[0].title: a text of 10,000 characters, over the limit of 2,000');
  await page.unroute('**/data/events.json');

  // Within the limit, an unbroken 1,900-character title still must not widen the page.
  const wide = structuredClone(events);
  if (wide.events[0]) wide.events[0].title = 'y'.repeat(1_900);
  await serve(page, 'events.json', wide);
  await page.setViewportSize({ width: 390, height: 844 });
  await dashboard.goto('?event=' + (wide.events[0] as unknown as { id: string }).id);
  await waitForPanel(dashboard, 'timeline');
  await expect(dashboard.eventDetail).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test('an implausible figure (1e308) is refused with the field and why', async ({ dashboard, page }) => {
  const trade = fixture('trade.json') as { observations: { value: number }[] };
  const broken = structuredClone(trade);
  if (broken.observations[3]) broken.observations[3].value = 1e308;
  await serve(page, 'trade.json', broken);
  await dashboard.goto();
  await expect(dashboard.trade.getByRole('alert')).toContainText(
    'observations[3].value: over $10 trillion: not a plausible trade figure',
  );
  await waitForPanel(dashboard, 'timeline');
});

test('a figure whose source is not in sources.json is drawn with a mark saying so', async ({ dashboard, page }) => {
  const trade = fixture('trade.json') as { observations: { partner: string; source: string }[] };
  const broken = structuredClone(trade);
  for (const o of broken.observations) if (o.partner === 'KAZ') o.source = 'ghost-source';
  await serve(page, 'trade.json', broken);
  await dashboard.goto('?country=KAZ');
  await dashboard.waitForData();
  await expect(dashboard.trade.locator('.panel-footer')).toContainText(
    'source missing for some figures: ghost-source (not in data/sources.json)',
  );
  await expect(dashboard.map.locator('.panel-footer')).toContainText('ghost-source');
});

test('a broken partners.json: the view by partner says so, the rest of the page works', async ({ dashboard, page }) => {
  await serve(page, 'partners.json', '{"asOf": "2026-01-01", "partners": [], "observations": [');
  await dashboard.goto('?chart=partners');
  await expect(dashboard.trade.getByRole('alert')).toContainText('data/partners.json is not valid JSON');
  await waitForPanel(dashboard, 'map');
  await waitForPanel(dashboard, 'timeline');
});

test('an embed asked for as a briefing slide too: the embed wins, and all of it can be reached', async ({
  dashboard,
  page,
}) => {
  await page.setViewportSize({ width: 800, height: 500 });
  await dashboard.goto('?embed=timeline&mode=briefing');
  await waitForPanel(dashboard, 'timeline');
  expect(await page.evaluate(() => document.documentElement.dataset.mode)).toBe('embed');
  const footer = dashboard.timeline.getByRole('button', { name: /Next event/ });
  await footer.scrollIntoViewIfNeeded();
  await expect(footer).toBeInViewport();
  expect(await page.evaluate(() => document.documentElement.scrollHeight > window.innerHeight)).toBe(true);
});

/** More faults, each in one file: the panels that read it name it and the fault; the others work. */
const MORE: readonly {
  name: string;
  query?: string;
  file: string;
  serve: (page: Page) => Promise<unknown>;
  says: readonly string[];
  broken: 'trade' | 'timeline';
  working: readonly ('map' | 'trade' | 'timeline')[];
}[] = [
  {
    name: 'HTTP 500 on trade.json',
    file: 'trade.json',
    serve: (page) => page.route('**/data/trade.json', (route) => route.fulfill({ status: 500, body: 'error' })),
    says: ['could not be loaded', 'HTTP 500'],
    broken: 'trade',
    working: ['timeline'],
  },
  {
    name: 'partners.json not found (404) in the view by partner',
    query: '?chart=partners',
    file: 'partners.json',
    serve: (page) => page.route('**/data/partners.json', (route) => route.fulfill({ status: 404, body: 'Not found' })),
    says: ['was not found'],
    broken: 'trade',
    working: ['map', 'timeline'],
  },
  {
    name: 'a negative trade figure',
    file: 'trade.json',
    serve: (page) => {
      const trade = fixture('trade.json') as { observations: { value: number }[] };
      const broken = structuredClone(trade);
      if (broken.observations[0]) broken.observations[0].value = -5;
      return serve(page, 'trade.json', broken);
    },
    says: ['observations[0].value'],
    broken: 'trade',
    working: ['timeline'],
  },
  {
    name: 'a partner above the state’s trade with the world (a share over 100 %)',
    query: '?chart=partners',
    file: 'partners.json',
    serve: (page) => {
      const partners = fixture('partners.json') as {
        observations: {
          reporter: string;
          partner: string;
          year: number;
          flow: string;
          period: string;
          value: number;
        }[];
      };
      const broken = structuredClone(partners);
      const world = broken.observations.find(
        (o) =>
          o.reporter === 'KAZ' &&
          o.partner === 'WORLD' &&
          o.year === 2020 &&
          o.flow === 'total' &&
          o.period === 'annual',
      );
      const china = broken.observations.find(
        (o) =>
          o.reporter === 'KAZ' && o.partner === 'CHN' && o.year === 2020 && o.flow === 'total' && o.period === 'annual',
      );
      if (world && china) china.value = world.value * 2;
      return serve(page, 'partners.json', broken);
    },
    says: ['is above the world total', 'a share over 100%'],
    broken: 'trade',
    working: ['map', 'timeline'],
  },
  {
    name: 'a 3,000-character note in events.json',
    file: 'events.json',
    serve: (page) => {
      const events = fixture('events.json') as { events: { note?: string }[] };
      const broken = structuredClone(events);
      if (broken.events[2]) broken.events[2].note = 'n'.repeat(3_000);
      return serve(page, 'events.json', broken);
    },
    says: ['events[2].note: a text of 3,000 characters'],
    broken: 'timeline',
    working: ['map', 'trade'],
  },
];

for (const c of MORE) {
  test(`${c.name}: named in the panel that needs it, the others work`, async ({ dashboard, page, watch }) => {
    await c.serve(page);
    await dashboard.goto(c.query ?? '');
    const alert = (c.broken === 'trade' ? dashboard.trade : dashboard.timeline).getByRole('alert');
    await expect(alert).toContainText(`data/${c.file}`);
    for (const words of c.says) await expect(alert).toContainText(words);
    for (const panel of c.working) await waitForPanel(dashboard, panel);
    // The browser logs a failed status itself; nothing else may have gone wrong.
    expect(watch.errors.filter((e) => !/status of (404|500)/.test(e))).toEqual([]);
    watch.errors.length = 0;
  });
}
