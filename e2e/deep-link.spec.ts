import { expect, test } from './fixtures';

test('a deep link restores the whole view', async ({ dashboard, page }) => {
  await dashboard.goto('?country=UZB&year=2019&flow=china_imports&reporter=both&event=cc5-fm-05');
  await dashboard.waitForData();
  await expect(dashboard.tradeTitle).toHaveText('China’s imports: China and Uzbekistan');
  await expect(page.getByLabel('Measure')).toHaveValue('china_imports');
  await expect(page.getByLabel('Reported by')).toHaveValue('both');
  await expect(dashboard.map.getByLabel('Year', { exact: true })).toHaveValue('2019');
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

test('a parameter the page cannot use is named, with what is shown instead, and dropped from the link', async ({
  dashboard,
  page,
}) => {
  await dashboard.goto('?country=RUS&chart=partnerz&year=2020');
  await dashboard.waitForData();
  const notice = page.getByRole('alert').filter({ hasText: 'Part of this link could not be used' });
  await expect(notice).toContainText('country=RUS was not used (expected one of KAZ, KGZ, TJK, TKM, UZB)');
  await expect(notice).toContainText('chart=partnerz was not used');
  await dashboard.expectParam('country', null);
  await dashboard.expectParam('chart', null);
  await dashboard.expectParam('year', '2020');
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
});

test('an open table and the five as a stack survive a link', async ({ dashboard, page }) => {
  await dashboard.goto('?country=KGZ');
  await dashboard.waitForData();
  await dashboard.trade.getByRole('button', { name: 'Table' }).click();
  await dashboard.expectParam('table', 'trade');
  await dashboard.map.getByRole('button', { name: 'Table' }).click();
  await dashboard.expectParam('table', 'map,trade');
  await page.reload();
  await expect(page.locator('#root')).toHaveAttribute('data-render-complete', 'true');
  await expect(dashboard.trade.getByRole('table')).toBeVisible();
  await expect(dashboard.map.getByRole('table').first()).toBeVisible();

  await dashboard.goto('?chart=compare');
  await dashboard.waitForData();
  await dashboard.trade.getByRole('button', { name: /stack/i }).click();
  await dashboard.expectParam('stack', '1');
  await page.reload();
  await expect(page.locator('#root')).toHaveAttribute('data-render-complete', 'true');
  await expect(dashboard.trade.getByRole('button', { name: /stack/i })).toHaveAttribute('aria-pressed', 'true');
});
