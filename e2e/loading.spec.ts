import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { CHART_LINES } from './helpers/chart-parts';

// What the page shows while its code loads, and when a piece of it cannot be loaded.

/** The app's script, which the entry (boot) imports once the data are on their way. */
const APP_SCRIPT = /\/assets\/main-[\w-]+\.js$/;
/** The chart code of one state's view and of the comparison, loaded on their own. */
const COUNTRY_CHART = /\/assets\/country-chart-deck-[\w-]+\.js$/;
const COMPARE_CHARTS = /\/assets\/compare-charts-[\w-]+\.js$/;

/** What the browser and React log for a script that answered 404; anything else is a real error. */
const EXPECTED_LOG =
  /404 \(Not Found\)|Failed to fetch dynamically imported module|The above error occurred in the|The app could not be loaded or run/;

/**
 * Holds back the app's script until the returned function is called (the test calls it in `finally`,
 * so a failed assertion does not leave the request hanging), and waits until the page has asked for it.
 */
async function holdAppScript(page: Page, open: () => Promise<unknown>): Promise<() => void> {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(APP_SCRIPT, async (route) => {
    await held;
    await route.continue();
  });
  await Promise.all([page.waitForRequest(APP_SCRIPT), open()]);
  return release;
}

test('while the app’s script is on its way, the page shows its title and a loading status', async ({
  dashboard,
  page,
}) => {
  const release = await holdAppScript(page, () => dashboard.goto());
  try {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('China–Central Asia Trade & Relations');
    await expect(page.getByRole('main').getByRole('status')).toHaveText('Loading the dashboard…');
    await expect(dashboard.map).toHaveCount(0);
  } finally {
    release();
  }
  await dashboard.waitForData();
  await expect(page.getByText('Loading the dashboard…')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
});

for (const [query, mode] of [
  ['?embed=timeline&theme=dark&transparent=1', 'embed'],
  ['?mode=briefing&theme=dark', 'briefing'],
] as const) {
  test(`${mode}: only the loading status until the script runs, in the theme asked for`, async ({
    dashboard,
    page,
  }) => {
    const release = await holdAppScript(page, () => dashboard.goto(query));
    try {
      await expect(page.getByRole('status')).toHaveText('Loading the dashboard…');
      await expect(page.getByRole('heading')).toHaveCount(0);
      const html = page.locator('html');
      await expect(html).toHaveAttribute('data-theme', 'dark');
      await expect(html).toHaveAttribute('data-mode', mode);
      if (mode === 'embed') await expect(html).toHaveClass(/\btransparent\b/);
    } finally {
      release();
    }
    await expect(mode === 'embed' ? dashboard.timeline : dashboard.map).toBeVisible();
  });
}

test('when the app’s script cannot be loaded, the page says so instead of staying blank', async ({ page, watch }) => {
  await page.route(APP_SCRIPT, (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The dashboard could not start.');
  await expect(alert).toContainText(/Its script did not load or failed to run \(.+\)\. Reload the page to try again\./);
  await expect(page.getByRole('status')).toHaveCount(0);
  expect(watch.errors.length).toBeGreaterThan(0);
  expect(watch.errors.filter((e) => !EXPECTED_LOG.test(e))).toEqual([]);
  watch.errors.length = 0;
});

test('when the chart’s code cannot be loaded, the trade panel says so and keeps its controls', async ({
  dashboard,
  page,
  watch,
}) => {
  await page.route(COUNTRY_CHART, (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await dashboard.goto();
  const alert = dashboard.trade.getByRole('alert');
  await expect(alert).toContainText('Could not show the chart.');
  await expect(alert).toContainText('Reload the page to try again.');
  // The rest of the page works: the map selects, the meetings are listed, the panel's controls answer.
  await dashboard.country('Uzbekistan').click();
  await expect(dashboard.tradeTitle).toHaveText('Total trade: China and Uzbekistan');
  await expect(dashboard.meeting(/1st foreign ministers’ meeting/)).toBeVisible();
  await dashboard.trade.getByRole('button', { name: 'Table' }).click();
  await expect(dashboard.trade.getByRole('table')).toBeVisible();
  expect(watch.errors.filter((e) => !EXPECTED_LOG.test(e))).toEqual([]);
  watch.errors.length = 0;
});

test('when the comparison’s code cannot be loaded, one state’s chart is still a click away', async ({
  dashboard,
  page,
  watch,
}) => {
  await page.route(COMPARE_CHARTS, (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await dashboard.goto('?chart=compare');
  await expect(page.getByRole('alert')).toContainText('Could not show the comparison.');
  await expect(dashboard.country('Kazakhstan')).toBeVisible();
  await page.getByRole('button', { name: 'One country' }).click();
  await expect(dashboard.chart.locator(CHART_LINES).first()).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(watch.errors.filter((e) => !EXPECTED_LOG.test(e))).toEqual([]);
  watch.errors.length = 0;
});
