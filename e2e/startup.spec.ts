import type { Route } from '@playwright/test';
import { expect, test } from './fixtures';

/** The app's script: the entry (boot) imports it once the data are on their way. */
const APP_SCRIPT = /\/assets\/main-[\w-]+\.js$/;

test('while the app’s script is on its way, the page shows its title and a loading status', async ({
  dashboard,
  page,
}) => {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(APP_SCRIPT, async (route: Route) => {
    await held;
    await route.continue();
  });
  await dashboard.goto();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('China–Central Asia Trade & Relations');
  await expect(page.getByRole('status')).toHaveText('Loading the dashboard…');
  await expect(dashboard.map).toHaveCount(0);

  release();
  await dashboard.waitForData();
  await expect(page.getByText('Loading the dashboard…')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
});

test('an embedded panel shows only the loading status until its script runs', async ({ page }) => {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(APP_SCRIPT, async (route: Route) => {
    await held;
    await route.continue();
  });
  await page.goto('/?embed=timeline&theme=dark');
  await expect(page.getByRole('status')).toHaveText('Loading the dashboard…');
  await expect(page.getByRole('heading')).toHaveCount(0);
  // The theme asked for is the one painted from the start.
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  release();
  await expect(page.getByRole('region', { name: 'Meetings and summits' })).toBeVisible();
});

test('when the app’s script cannot be loaded, the page says so instead of staying blank', async ({ page, watch }) => {
  await page.route(APP_SCRIPT, (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The dashboard could not start.');
  await expect(alert).toContainText(/Its script did not load or failed to run \(.+\)\. Reload the page to try again\./);
  await expect(page.getByRole('status')).toHaveCount(0);
  expect(watch.errors.length).toBeGreaterThan(0);
  expect(watch.errors.filter((e) => !/404|could not be loaded|Failed to fetch|main-/.test(e))).toEqual([]);
  watch.errors.length = 0;
});
