import { expect, test } from './fixtures';
import { CHART_LINES } from './helpers/chart-parts';

test('clicking a country on the map selects it: URL, outline and chart follow', async ({ dashboard }) => {
  await dashboard.goto();
  await dashboard.waitForData();
  await dashboard.country('Kyrgyzstan').click();
  await dashboard.expectParam('country', 'KGZ');
  await expect(dashboard.country('Kyrgyzstan')).toHaveAttribute('aria-pressed', 'true');
  await expect(dashboard.country('Kazakhstan')).toHaveAttribute('aria-pressed', 'false');
  await expect(dashboard.tradeTitle).toHaveText('Total trade: China and Kyrgyzstan');
});

test('a country can be selected with the keyboard alone', async ({ dashboard, page }) => {
  await dashboard.goto();
  await dashboard.waitForData();
  await dashboard.map.getByLabel('Year', { exact: true }).focus();
  // From the year control, Tab reaches the map's states once: at the selected one (roving tabindex).
  for (let i = 0; i < 8 && !(await dashboard.focusedLabel()).startsWith('Kazakhstan:'); i++) {
    await page.keyboard.press('Tab');
  }
  expect(await dashboard.focusedLabel()).toMatch(/^Kazakhstan:/);
  await page.keyboard.press('ArrowDown');
  expect(await dashboard.focusedLabel()).toMatch(/^Uzbekistan:/);
  await page.keyboard.press('Enter');
  await dashboard.expectParam('country', 'UZB');
  await expect(dashboard.tradeTitle).toHaveText('Total trade: China and Uzbekistan');

  await dashboard.country('Tajikistan').focus();
  await page.keyboard.press('Space');
  await dashboard.expectParam('country', 'TJK');
  await expect(dashboard.tradeTitle).toHaveText('Total trade: China and Tajikistan');
});

test('changing the year recolours the map and is kept in the URL', async ({ dashboard }) => {
  await dashboard.goto();
  await dashboard.waitForData();
  await dashboard.map.getByLabel('Year', { exact: true }).selectOption('2015');
  await dashboard.expectParam('year', '2015');
  await expect(dashboard.country('Kazakhstan')).toHaveAttribute('aria-label', /in 2015/);
});

test('measure and reporter choices update the chart and the URL', async ({ dashboard, page }) => {
  await dashboard.goto('?country=KGZ');
  await dashboard.waitForData();
  await page.getByLabel('Measure').selectOption({ label: 'China’s exports' });
  await dashboard.expectParam('flow', 'china_exports');
  await expect(dashboard.tradeTitle).toHaveText('China’s exports: China and Kyrgyzstan');
  await page.getByLabel('Reported by').selectOption('both');
  await dashboard.expectParam('reporter', 'both');
  await expect(dashboard.chart.locator(CHART_LINES)).toHaveCount(2);
  await expect(dashboard.trade.getByText('Kyrgyzstan’s statistics').first()).toBeVisible();
});
