import { expect, test } from './fixtures';
import { CHART_LINES } from './helpers/chart-parts';

// Data files are intercepted at the network layer; a broken file must name itself and its field,
// and leave the other panels working.

test('a truncated trade.json breaks only the panels that need it, and says so', async ({ dashboard, page, watch }) => {
  await page.route('**/data/trade.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: '{"asOf": "2026-01-01", "observ' }),
  );
  await dashboard.goto();
  const alert = dashboard.trade.getByRole('alert');
  await expect(alert).toContainText('data/trade.json');
  await expect(alert).toContainText('is not valid JSON');
  await expect(dashboard.map.getByRole('alert')).toContainText('data/trade.json');
  await expect(dashboard.meeting(/1st foreign ministers’ meeting/)).toBeVisible();
  watch.errors.length = 0;
});

test('a schema violation names the field at fault', async ({ dashboard, page, watch }) => {
  await page.route('**/data/events.json', async (route) => {
    const response = await route.fetch();
    const file = (await response.json()) as { events: { start: string }[] };
    const first = file.events[0];
    if (first) first.start = '2020-13-45';
    await route.fulfill({ response, json: file });
  });
  await dashboard.goto();
  const alert = dashboard.timeline.getByRole('alert');
  await expect(alert).toContainText('data/events.json');
  await expect(alert).toContainText('events[0].start');
  await expect(dashboard.tradeTitle).toHaveText('Total trade: China and Kazakhstan');
  await expect(dashboard.chart.locator(CHART_LINES).first()).toBeVisible();
  watch.errors.length = 0;
});

test('a missing geometry file leaves the chart and the meetings working', async ({ dashboard, page, watch }) => {
  await page.route('**/data/central-asia.topo.json', (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await dashboard.goto();
  await expect(dashboard.map.getByRole('alert')).toContainText('data/central-asia.topo.json was not found');
  await expect(dashboard.chart.locator(CHART_LINES).first()).toBeVisible();
  await expect(dashboard.meeting(/1st foreign ministers’ meeting/)).toBeVisible();
  // The browser itself logs the 404; nothing else may have gone wrong.
  expect(watch.errors.filter((e) => !e.includes('404'))).toEqual([]);
  watch.errors.length = 0;
});
