import { waitForPanel } from './helpers/panels';
import { test } from './fixtures';
import { expect } from './matchers/axe';

// axe-core on every way the dashboard is shown; each test waits until the data is drawn, so the
// check sees the map, the chart and the meetings, and one checks the page while a file still loads.

test('the full page has no serious or critical accessibility violation', async ({ dashboard, page }) => {
  await dashboard.goto();
  await dashboard.waitForData();
  await expect(page).toHaveNoSeriousA11yViolations();
});

test('the full page with a meeting open and both reporters', async ({ dashboard, page }) => {
  await dashboard.goto('?event=cc5-fm-05&reporter=both');
  await dashboard.waitForData();
  await expect(dashboard.timeline.getByRole('article')).toBeVisible();
  await expect(page).toHaveNoSeriousA11yViolations();
});

test('the trade table', async ({ dashboard, page }) => {
  await dashboard.goto();
  await dashboard.waitForData();
  await dashboard.trade.getByRole('button', { name: 'Table' }).click();
  await expect(dashboard.trade.getByRole('table')).toBeVisible();
  await expect(page).toHaveNoSeriousA11yViolations();
});

test('the change on the year before as bars, both reporters, in the dark theme', async ({ dashboard, page }) => {
  await dashboard.goto('?growth=1&reporter=both&theme=dark');
  await expect(dashboard.map.getByRole('button').first()).toBeVisible();
  await expect(dashboard.timeline.getByRole('listitem').first()).toBeVisible();
  await expect(dashboard.chart).toHaveAccessibleName(/change on the year before.*bar chart$/);
  await expect(dashboard.chart.locator('.recharts-bar-rectangle').first()).toBeVisible();
  await expect(page).toHaveNoSeriousA11yViolations();
});

test('the dark theme', async ({ dashboard, page }) => {
  await dashboard.goto('?theme=dark');
  await dashboard.waitForData();
  await expect(page).toHaveNoSeriousA11yViolations();
});

test('the automatic theme on a system set to dark', async ({ dashboard, page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await dashboard.goto();
  await dashboard.waitForData();
  await expect(page).toHaveNoSeriousA11yViolations();
});

test('a phone-sized screen (390 px)', async ({ dashboard, page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await dashboard.goto();
  await dashboard.waitForData();
  await expect(page).toHaveNoSeriousA11yViolations();
});

test('the map embed', async ({ dashboard, page }) => {
  await dashboard.goto('?embed=map');
  await waitForPanel(dashboard, 'map');
  await expect(page).toHaveNoSeriousA11yViolations();
});

test('the trade embed', async ({ dashboard, page }) => {
  await dashboard.goto('?embed=trade');
  await waitForPanel(dashboard, 'trade');
  await expect(page).toHaveNoSeriousA11yViolations();
});

test('the timeline embed', async ({ dashboard, page }) => {
  await dashboard.goto('?embed=timeline');
  await waitForPanel(dashboard, 'timeline');
  await expect(page).toHaveNoSeriousA11yViolations();
});

test('the dark theme in an embed', async ({ dashboard, page }) => {
  await dashboard.goto('?embed=trade&theme=dark');
  await waitForPanel(dashboard, 'trade');
  await expect(page).toHaveNoSeriousA11yViolations();
});

test('briefing mode', async ({ page }) => {
  await page.goto('?mode=briefing');
  await expect(page.locator('#root')).toHaveAttribute('data-render-complete', 'true');
  await expect(page).toHaveNoSeriousA11yViolations();
});

test('the panels while their files load', async ({ dashboard, page }) => {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/data/central-asia.topo.json', async (route) => {
    await held;
    await route.continue();
  });
  try {
    await dashboard.goto();
    await expect(dashboard.map.getByRole('status')).toHaveText('Loading map…');
    await expect(page).toHaveNoSeriousA11yViolations();
  } finally {
    release();
  }
  await dashboard.waitForData();
});
