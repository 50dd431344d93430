import { expect, test } from './fixtures';

const focusedName = (page: import('@playwright/test').Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');

test('a mark selected with the mouse opens its details and goes into the URL', async ({ dashboard }) => {
  await dashboard.goto();
  await dashboard.waitForData();
  await expect(dashboard.timeline.locator('[data-export-figure] svg')).toBeVisible();
  await dashboard.meeting(/1st summit/).click();
  await dashboard.expectParam('event', 'cc5-summit-01');
  await expect(dashboard.meeting(/1st summit/)).toHaveAttribute('aria-expanded', 'true');
  await expect(dashboard.eventDetail).toContainText('1st China–Central Asia Summit');
  await expect(dashboard.eventDetail).toContainText("Xi'an Declaration");
  await expect(dashboard.eventDetail.getByRole('link').first()).toHaveAttribute('href', /^https?:/);
  await dashboard.eventDetail.getByRole('button', { name: /Close details/ }).click();
  await dashboard.expectParam('event', null);
  await expect(dashboard.eventDetail).toHaveCount(0);
});

test('arrow keys move between events in date order, Enter opens, Escape closes', async ({ dashboard, page }) => {
  await dashboard.goto();
  await dashboard.waitForData();
  await dashboard.meeting(/1st foreign ministers’ meeting/).focus();
  await page.keyboard.press('ArrowRight');
  expect(await focusedName(page)).toMatch(/^12 May 2021: 2nd foreign ministers’ meeting/);
  await page.keyboard.press('ArrowRight');
  expect(await focusedName(page)).toMatch(/^25 Jan 2022: Virtual summit/);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Enter');
  await dashboard.expectParam('event', 'cc5-fm-02');
  await expect(dashboard.eventDetail).toContainText("Xi'an");
  await page.keyboard.press('Escape');
  await dashboard.expectParam('event', null);
  await expect(dashboard.eventDetail).toHaveCount(0);
  expect(await focusedName(page)).toMatch(/2nd foreign ministers’ meeting/);
  await page.keyboard.press('End');
  expect(await focusedName(page)).toMatch(/^2027 \(month not known\): 3rd summit, place not yet announced, announced$/);
});

test('the list is one Tab stop', async ({ dashboard, page }) => {
  await dashboard.goto('?event=cc5-fm-04');
  await dashboard.waitForData();
  await expect(dashboard.events.locator('button[tabindex="0"]')).toHaveCount(1);
  await dashboard.timeline.getByRole('button', { name: 'List' }).focus();
  await page.keyboard.press('Tab');
  expect(await focusedName(page)).toMatch(/4th foreign ministers’ meeting/);
});

test('a deep link opens the event with its trade context, related events and sources', async ({ dashboard }) => {
  await dashboard.goto('?event=cc5-fm-05');
  await dashboard.waitForData();
  await expect(dashboard.meeting(/5th foreign ministers’ meeting/)).toHaveAttribute('aria-expanded', 'true');
  const detail = dashboard.eventDetail;
  await expect(detail).toContainText('1 Dec 2024');
  await expect(detail).toContainText('Chengdu, China');
  await expect(detail).toContainText('Kazakhstan–China trade, Jan–Oct 2024: $36.5 bn');
  await expect(detail).toContainText('+11.6% on $32.7 bn in Jan–Oct 2023');
  await expect(detail.getByRole('region', { name: 'Sources' }).getByRole('listitem')).toHaveCount(5);
  // On the timeline, the related event says so (its mark is ringed); the others do not.
  await expect(dashboard.meeting(/related to the open event/)).toHaveCount(1);
  await expect(dashboard.meeting(/Tianfu.*related to the open event/)).toBeVisible();
  await detail.getByRole('button', { name: /Tianfu cross-border road freight/ }).click();
  await dashboard.expectParam('event', 'cc5-tianfu-road-2024');
  await expect(dashboard.eventDetail).toContainText('5,000th truck');
});

test('filters by kind and by country live in the URL', async ({ dashboard }) => {
  await dashboard.goto();
  await dashboard.waitForData();
  const items = dashboard.events.getByRole('listitem');
  await expect(items).toHaveCount(30);
  const kinds = dashboard.timeline.getByRole('group', { name: 'Kinds of event' });
  await kinds.getByRole('checkbox', { name: /Other ministerial tracks/ }).uncheck();
  await kinds.getByRole('checkbox', { name: /Milestones/ }).uncheck();
  await dashboard.expectParam('kinds', 'foreign-ministers,summit,secretariat,agreement');
  await expect(items).toHaveCount(14);
  await dashboard.timeline.getByLabel('Involving').selectOption('TJK');
  await dashboard.expectParam('involves', 'TJK');
  // Tajikistan hosted none of these. It took part in all but the railway deal, Kyrgyzstan's ratification and
  // the summit announced for 2027, whose delegations are not listed (so it matches its host, China, only).
  await expect(items).toHaveCount(11);
  await expect(dashboard.meeting(/Kyrgyzstan’s parliament ratifies/)).toHaveCount(0);
  await expect(
    dashboard.timeline.getByText(
      /11 of 30 events: those Tajikistan hosted or sent a delegation to\. 1 event has no delegation list/,
    ),
  ).toBeVisible();

  await dashboard.goto('?kinds=agreement&involves=KGZ');
  await expect(items).toHaveCount(3);
  await expect(dashboard.timeline.getByLabel('Involving')).toHaveValue('KGZ');
  await expect(kinds.getByRole('checkbox', { name: /Agreements/ })).toBeChecked();
  await expect(kinds.getByRole('checkbox', { name: /Agreements/ })).toBeDisabled();
  await expect(kinds.getByRole('checkbox', { name: /Summits/ })).not.toBeChecked();
});

test('previous and next step through the events shown', async ({ dashboard }) => {
  await dashboard.goto('?event=cc5-fm-05');
  await dashboard.waitForData();
  const nav = dashboard.timeline.getByRole('navigation', { name: 'Step through the events' });
  await nav.getByRole('button', { name: /Next event/ }).click();
  await dashboard.expectParam('event', 'cc5-tianfu-road-2024');
  await nav.getByRole('button', { name: /Previous event/ }).click();
  await nav.getByRole('button', { name: /Previous event/ }).click();
  await dashboard.expectParam('event', 'cc5-security-01');

  await dashboard.goto('?kinds=summit&event=cc5-summit-01');
  await nav.getByRole('button', { name: /Next event/ }).click();
  await dashboard.expectParam('event', 'cc5-summit-02');
  await nav.getByRole('button', { name: /Next event/ }).click();
  await dashboard.expectParam('event', 'cc5-summit-03-planned');
  await expect(nav.getByRole('button', { name: /Next event/ })).toBeDisabled();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the timeline is a vertical list that opens details in place', async ({ dashboard }) => {
    await dashboard.goto();
    await dashboard.waitForData();
    // A list, not the horizontal timeline (which the image export would then draw as shown: a list).
    await expect(dashboard.timeline.locator('.timeline-axis')).toHaveCount(0);
    const first = dashboard.meeting(/1st foreign ministers’ meeting/);
    const second = dashboard.meeting(/2nd foreign ministers’ meeting/);
    await expect(first.getByText('16 Jul 2020')).toBeVisible();
    const [a, b] = [await first.boundingBox(), await second.boundingBox()];
    expect(b && a && b.y > a.y + a.height - 1 && Math.abs(b.x - a.x) < 2).toBe(true);
    await second.click();
    await dashboard.expectParam('event', 'cc5-fm-02');
    const detail = dashboard.events.getByRole('listitem').nth(1).getByRole('article');
    await expect(detail).toBeVisible();
    const box = await detail.boundingBox();
    expect(box && box.x + box.width <= 390).toBe(true);
  });
});

test.describe('a long page on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('section links jump to each panel; menus open inside the screen; unavailable buttons stay opaque', async ({
    dashboard,
    page,
  }) => {
    await dashboard.goto();
    await dashboard.waitForData();
    const sections = page.getByRole('navigation', { name: 'Sections' });
    await sections.getByRole('link', { name: 'Meetings' }).click();
    await expect(dashboard.timeline.getByRole('heading', { name: 'Meetings and summits' })).toBeInViewport();

    await dashboard.timeline.getByRole('button', { name: 'Download' }).click();
    const menu = dashboard.timeline.getByRole('menu');
    const box = await menu.boundingBox();
    if (!box) throw new Error('the menu is not laid out');
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(box.y + box.height).toBeLessThanOrEqual(844);
    await page.keyboard.press('Escape');

    await sections.getByRole('link', { name: 'Map' }).click();
    const zoomOut = dashboard.map.getByRole('button', { name: /zoom out/i });
    await expect(zoomOut).toBeDisabled();
    const background = await zoomOut.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).toMatch(/^rgb\(/);
    expect(await zoomOut.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
  });
});

test('“what happened in 2024, and where?”: a year, then the list, on a desktop; a search over events and sources', async ({
  dashboard,
  page,
}) => {
  await dashboard.goto();
  await dashboard.waitForData();
  // On the axis, a mark's name shows on hover.
  const mark = dashboard.meeting(/5th foreign ministers’ meeting/);
  await mark.hover();
  await expect(dashboard.timeline.locator('.event-tip').filter({ visible: true })).toContainText('5th');

  await dashboard.timeline.getByLabel('Year', { exact: true }).selectOption('2024');
  await dashboard.expectParam('when', '2024');
  await dashboard.timeline.getByRole('button', { name: 'List' }).click();
  await dashboard.expectParam('list', '1');
  const list = dashboard.timeline.getByRole('list', { name: 'Events in date order' });
  await expect(list.getByRole('listitem').first()).toContainText('2024');
  await expect(list).toContainText('Chengdu');
  await expect(list).not.toContainText('2023');

  await dashboard.timeline.getByLabel('Year', { exact: true }).selectOption('');
  await dashboard.timeline.getByLabel('Search', { exact: true }).fill('Chengdu');
  await dashboard.expectParam('q', 'Chengdu');
  await expect(dashboard.meeting(/5th foreign ministers’ meeting/)).toBeVisible();
  await expect(dashboard.timeline.getByText(/^\d+ of \d+ events/)).toBeVisible();
  await page.reload();
  await expect(page.locator('#root')).toHaveAttribute('data-render-complete', 'true');
  await expect(dashboard.timeline.getByLabel('Search', { exact: true })).toHaveValue('Chengdu');
});
