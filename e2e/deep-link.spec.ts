import { expect, test } from './fixtures';

test('a deep link restores the whole view', async ({ dashboard, page }) => {
  await dashboard.goto('?country=UZB&year=2019&flow=china_imports&reporter=both&event=cc5-fm-05');
  await dashboard.waitForData();
  await expect(dashboard.tradeTitle).toHaveText('China’s imports: China and Uzbekistan');
  await expect(page.getByLabel('Measure')).toHaveValue('china_imports');
  await expect(page.getByLabel('Reported by')).toHaveValue('both');
  await expect(page.getByLabel('Year', { exact: true })).toHaveValue('2019');
  await expect(dashboard.country('Uzbekistan')).toHaveAttribute('aria-pressed', 'true');
  await expect(dashboard.meeting(/5th foreign ministers’ meeting/)).toHaveAttribute('aria-expanded', 'true');
  await expect(dashboard.timeline.getByRole('article')).toContainText('Chengdu');
});

test('Back and Forward step through the views', async ({ dashboard, page }) => {
  await dashboard.goto();
  await dashboard.waitForData();
  await dashboard.country('Turkmenistan').click();
  await dashboard.expectParam('country', 'TKM');
  await dashboard.meeting(/1st summit/).click();
  await dashboard.expectParam('event', 'cc5-summit-01');

  await page.goBack();
  await dashboard.expectParam('event', null);
  await expect(dashboard.tradeTitle).toHaveText('Total trade: China and Turkmenistan');
  await page.goBack();
  await dashboard.expectParam('country', null);
  await expect(dashboard.tradeTitle).toHaveText('Total trade: China and Kazakhstan');
  await page.goForward();
  await expect(dashboard.tradeTitle).toHaveText('Total trade: China and Turkmenistan');
});

test('garbage in the URL falls back to the defaults without a crash', async ({ dashboard }) => {
  await dashboard.goto(
    `?country=FRA&year=1066&from=2020&to=2010&flow=%3Cscript%3E&reporter=nobody&event=${'x'.repeat(500)}`,
  );
  await dashboard.waitForData();
  await expect(dashboard.tradeTitle).toHaveText('Total trade: China and Kazakhstan');
});
