import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import type { DashboardPage } from './pages/dashboard-page';
import { waitForPanel, type PanelName } from './helpers/panels';
import { expect, test } from './fixtures';

// Bad input: a broken data file gets a clear message in the panels that need it (role alert, naming
// data/<file> and the field), the other panels keep working, and nothing in the data ever executes.

const FIXTURES = path.join(import.meta.dirname, 'data-fixtures');

/** Serves `data/<file>` from e2e/data-fixtures/<fixture>, or from the given text. */
async function serveData(page: Page, file: string, body: { fixture: string } | { text: string }) {
  const text = 'fixture' in body ? readFileSync(path.join(FIXTURES, body.fixture), 'utf8') : body.text;
  await page.route(`**/data/${file}`, (route) => route.fulfill({ contentType: 'application/json', body: text }));
}

/** Every payload in the fixtures sets this flag if it ever runs. */
async function expectNothingRan(page: Page) {
  expect(await page.evaluate(() => '__pwned' in window)).toBe(false);
  await expect(page.locator('img[src="x"], iframe, script:not([src]), svg[onload], [onerror], [onload]')).toHaveCount(
    0,
  );
  await expect(page.locator('a[href^="javascript:" i]')).toHaveCount(0);
}

const PANEL_OF: Record<PanelName, (d: DashboardPage) => Locator> = {
  map: (d) => d.map,
  trade: (d) => d.trade,
  timeline: (d) => d.timeline,
};

interface Case {
  name: string;
  file: string;
  body: { fixture: string } | { text: string };
  /** The panels that need the file: each must show an alert naming the file and these words. */
  broken: readonly PanelName[];
  says: readonly (string | RegExp)[];
}

const TRADE_PANELS = ['map', 'trade'] as const;

const CASES: readonly Case[] = [
  {
    name: 'a truncated events.json',
    file: 'events.json',
    body: { fixture: 'events-truncated.json' },
    broken: ['timeline'],
    says: ['is not valid JSON'],
  },
  {
    name: 'an empty trade.json',
    file: 'trade.json',
    body: { fixture: 'empty.json' },
    broken: TRADE_PANELS,
    says: ['is not valid JSON', 'the file is empty'],
  },
  {
    name: 'an empty geometry file',
    file: 'central-asia.topo.json',
    body: { fixture: 'empty.json' },
    broken: ['map'],
    says: ['the file is empty'],
  },
  {
    name: 'a trade.json of the wrong shape',
    file: 'trade.json',
    body: { fixture: 'trade-wrong-shape.json' },
    broken: TRADE_PANELS,
    says: ['does not match its schema', /observations: .*expected array/i],
  },
  {
    name: 'an unknown country code',
    file: 'trade.json',
    body: { fixture: 'trade-unknown-country.json' },
    broken: TRADE_PANELS,
    says: ['observations[1].partner'],
  },
  {
    name: 'a negative and a non-numeric value',
    file: 'trade.json',
    body: { fixture: 'trade-bad-values.json' },
    broken: TRADE_PANELS,
    says: [/observations\[1\]\.value: .*>=\s?0/, /observations\[2\]\.value: .*expected number/i],
  },
  {
    name: 'two observations of the same partner, year, period, reporter and flow',
    file: 'trade.json',
    body: { fixture: 'trade-duplicate-observation.json' },
    broken: TRADE_PANELS,
    says: ['observations[2]: duplicate of observations[1] (KAZ 2024 annual china total)'],
  },
  {
    name: 'a duplicate event id',
    file: 'events.json',
    body: { fixture: 'events-duplicate-id.json' },
    broken: ['timeline'],
    says: ['events[1].id: duplicate of events[0] (cc5-fm-01)'],
  },
  {
    name: 'a field name carrying markup',
    file: 'trade.json',
    body: { fixture: 'trade-markup-key.json' },
    broken: TRADE_PANELS,
    says: ['observations[0]', '<img src=x onerror="window.__pwned=1">'],
  },
];

for (const c of CASES) {
  test(`${c.name}: the panels that need it say so, the others work, nothing runs`, async ({ dashboard, page }) => {
    await serveData(page, c.file, c.body);
    await dashboard.goto();
    for (const panel of c.broken) {
      const alert = PANEL_OF[panel](dashboard).getByRole('alert');
      await expect(alert).toContainText(`data/${c.file}`);
      for (const words of c.says) await expect(alert).toContainText(words);
    }
    const working = (['map', 'trade', 'timeline'] as const).filter((p) => !c.broken.includes(p));
    for (const panel of working) {
      await waitForPanel(dashboard, panel);
      await expect(PANEL_OF[panel](dashboard).getByRole('alert')).toHaveCount(0);
    }
    await expectNothingRan(page);
  });
}

test('a missing events.json (404): the meetings say so, the map and the chart work', async ({
  dashboard,
  page,
  watch,
}) => {
  await page.route('**/data/events.json', (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await dashboard.goto();
  await expect(dashboard.timeline.getByRole('alert')).toContainText('data/events.json was not found');
  await waitForPanel(dashboard, 'map');
  await waitForPanel(dashboard, 'trade');
  // The browser logs the 404 itself; nothing else may have gone wrong.
  expect(watch.errors.filter((e) => !e.includes('status of 404'))).toEqual([]);
  watch.errors.length = 0;
});

// Since the size limits (#21), a file this large is refused whole, before it is read: the page names the limit.
test('a 20 MB trade.json is refused, naming the file and its size limit', async ({ dashboard, page }) => {
  const padding = 'x'.repeat(1000);
  const observations: unknown[] = [];
  const periods = [
    'annual',
    'Jan-Feb',
    'Jan-Mar',
    'Jan-Apr',
    'Jan-May',
    'Jan-Jun',
    'Jan-Jul',
    'Jan-Aug',
    'Jan-Sep',
    'Jan-Oct',
    'Jan-Nov',
  ];
  // Distinct partner/year/period/reporter/flow keys, so that the only fault is the one planted below.
  for (let year = 1992; observations.length < 20_000; year++)
    for (const partner of ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB', 'CA5'])
      for (const period of periods)
        for (const reporter of ['china', 'partner'])
          for (const flow of ['total', 'china_exports', 'china_imports'])
            observations.push({
              partner,
              year,
              period,
              reporter,
              flow,
              value: 1e9,
              unit: 'USD',
              source: 'imf-dots-china',
              status: 'reported',
              confidence: 'verified',
              note: `synthetic test padding ${padding}`,
            });
  const last = observations.length - 1;
  observations[last] = { ...(observations[last] as object), value: 'not a number' };
  const text = JSON.stringify({ asOf: '2026-11-27', observations });
  expect(text.length).toBeGreaterThan(20e6);
  await serveData(page, 'trade.json', { text });

  await dashboard.goto();
  const alert = dashboard.trade.getByRole('alert');
  await expect(alert).toContainText('data/trade.json is too large', { timeout: 20_000 });
  await expect(alert).toContainText('over its limit of 8.0 MB: refused');
  await expect(dashboard.map.getByRole('alert')).toContainText('data/trade.json is too large');
  await waitForPanel(dashboard, 'timeline');
});

test('markup in an event is shown as text and never runs', async ({ dashboard, page }) => {
  await serveData(page, 'events.json', { fixture: 'events-markup.json' });
  await dashboard.goto();
  const meeting = dashboard.meeting(/<img src=x onerror="window.__pwned=1"> summit/);
  await expect(meeting).toBeVisible();
  await expect(meeting).toHaveAccessibleName(/<script>window.__pwned=1<\/script>/);
  // On a phone the timeline is a list that shows each event's text: the markup is shown as text there too.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(meeting).toContainText('<script>window.__pwned=1</script>');
  await expect(meeting).toContainText('<img src=x onerror="window.__pwned=1"> summit');
  await page.setViewportSize({ width: 1440, height: 900 });
  await meeting.click();
  const detail = dashboard.timeline.getByRole('article');
  await expect(detail).toContainText('<a href="javascript:window.__pwned=1">click</a>');
  await expect(detail).toContainText('<iframe src="javascript:window.__pwned=1"></iframe>');
  await expect(detail).toContainText('<svg onload="window.__pwned=1"></svg>');
  await waitForPanel(dashboard, 'map');
  await waitForPanel(dashboard, 'trade');
  await expectNothingRan(page);
});

test('a javascript: source URL never becomes a link', async ({ dashboard, page }) => {
  await serveData(page, 'sources.json', { fixture: 'sources-javascript-url.json' });
  await dashboard.goto('?event=cc5-fm-01');
  await dashboard.waitForData();
  await expect(dashboard.timeline.getByRole('article')).toBeVisible();
  await expectNothingRan(page);
});

test('a javascript: source URL is reported as an error naming data/sources.json', async ({ dashboard, page }) => {
  await serveData(page, 'sources.json', { fixture: 'sources-javascript-url.json' });
  await dashboard.goto('?event=cc5-fm-01');
  const alert = page.getByRole('alert').filter({ hasText: 'data/sources.json' }).first();
  await expect(alert).toContainText('sources[0].url', { timeout: 5_000 });
});

// Garbage in the URL: every parameter that makes no sense falls back to its default, without a crash.

/** What the page shows for the parts of the view the URL controls. */
async function viewShown(dashboard: DashboardPage, page: Page) {
  await dashboard.waitForData();
  return {
    title: await dashboard.tradeTitle.textContent(),
    chart: await dashboard.chart.getAttribute('aria-label'),
    year: await dashboard.map.getByLabel('Year', { exact: true }).inputValue(),
    measure: await page.getByLabel('Measure').inputValue(),
    reporter: await page.getByLabel('Reported by').inputValue(),
    pressed: await dashboard.map.getByRole('button', { pressed: true }).allTextContents(),
    expanded: await dashboard.timeline.getByRole('button', { expanded: true }).count(),
    theme: await page.evaluate(() => document.documentElement.dataset.theme),
    regions: await page.getByRole('region').count(),
  };
}

const GARBAGE: Record<string, string> = {
  'an unknown country': '?country=FRA',
  'a year before the data': '?year=1066',
  '`from` after `to`': '?from=2020&to=2010',
  'unknown values of every enum':
    '?flow=%3Cscript%3E&reporter=nobody&embed=everything&mode=x&theme=neon&chart=pie&kinds=parties&involves=FRA&transparent=yes',
  'a malformed event id': '?event=..%2F..%2Fetc%2Fpasswd',
  // Ten times the longest value the app accepts, well within what a web server takes in a request line.
  'very long values': `?country=${'K'.repeat(1000)}&year=${'9'.repeat(1000)}&event=${'a'.repeat(1000)}&kinds=${'summit,'.repeat(150)}`,
};

for (const [what, query] of Object.entries(GARBAGE)) {
  test(`garbage in the URL (${what}) shows the default view`, async ({ dashboard, page }) => {
    await dashboard.goto();
    const defaults = await viewShown(dashboard, page);
    await dashboard.goto(query);
    expect(await viewShown(dashboard, page)).toEqual(defaults);
    await expectNothingRan(page);
  });
}
