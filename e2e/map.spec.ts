import { expect, test } from './fixtures';
import { chinaTotals, readDataFile } from './helpers/data-files';
import { FIXTURE_DATASET } from './server';

const trade = readDataFile(FIXTURE_DATASET, 'trade.json');
const total = (partner: string, year: number) => chinaTotals(trade, partner).find((o) => o.year === year)?.value;

test('hovering a state shows its value, change, rank, reporter and source', async ({ dashboard }) => {
  await dashboard.goto('?year=2024');
  await dashboard.waitForData();
  const now = total('KGZ', 2024);
  const before = total('KGZ', 2023);
  expect(now && before, 'Kyrgyzstan 2023 and 2024 in trade.json').toBeTruthy();
  await dashboard.country('Kyrgyzstan').hover();
  const tip = dashboard.mapTooltip;
  await expect(tip).toBeVisible();
  await expect(tip).toContainText('Kyrgyzstan');
  await expect(tip).toContainText(`$${((now ?? 0) / 1e9).toFixed(1)} bn in 2024`);
  const change = (((now ?? 0) / (before ?? 1) - 1) * 100).toFixed(1);
  await expect(tip).toContainText(`+${change}% on 2023`);
  await expect(tip).toContainText(/Rank of the five\s*[1-5] of 5/);
  await expect(tip).toContainText('China’s customs');
  // The publisher named in the tooltip is one of those in the panel's source line.
  const publisher = (await tip.locator('dd').last().textContent()) ?? '';
  await expect(dashboard.map.locator('footer')).toContainText(publisher.split('; ')[0] ?? '—');

  // The tooltip stays inside the map frame, even for a state at its edge.
  await dashboard.country('Turkmenistan').hover({ position: { x: 5, y: 40 } });
  const frame = await dashboard.map.getByRole('group', { name: /^Map of Central Asia/ }).boundingBox();
  const box = await tip.boundingBox();
  expect(box && frame && box.x >= frame.x - 1 && box.x + box.width <= frame.x + frame.width + 1).toBe(true);
});

test('clicking a state keeps its tooltip at the pointer; focus by keyboard places it on the state', async ({
  dashboard,
  page,
}) => {
  await dashboard.goto();
  await dashboard.waitForData();
  const kyrgyzstan = dashboard.country('Kyrgyzstan');
  await kyrgyzstan.hover();
  const tip = dashboard.mapTooltip;
  await expect(tip).toContainText('Kyrgyzstan');
  const before = await tip.boundingBox();
  await kyrgyzstan.click();
  await dashboard.expectParam('country', 'KGZ');
  const after = await tip.boundingBox();
  expect(after && before && Math.abs(after.x - before.x) + Math.abs(after.y - before.y)).toBeLessThan(2);
  // From the keyboard the focus, not the pointer, places it: on the next state west, with its name.
  await page.keyboard.press('ArrowLeft');
  expect(await dashboard.focusedLabel()).not.toMatch(/^Kyrgyzstan:/);
  await expect(tip).not.toContainText('Kyrgyzstan');
});

test('keyboard: Tab enters the states once, arrows move, Enter selects, Tab leaves', async ({ dashboard, page }) => {
  await dashboard.goto('?country=TKM');
  await dashboard.waitForData();
  await dashboard.country('Turkmenistan').focus();
  await expect(dashboard.mapTooltip).toContainText('Turkmenistan');
  await page.keyboard.press('ArrowRight');
  expect(await dashboard.focusedLabel()).toMatch(/^Uzbekistan:/);
  await expect(dashboard.mapTooltip).toContainText('Uzbekistan');
  await page.keyboard.press('ArrowRight');
  expect(await dashboard.focusedLabel()).toMatch(/^Kyrgyzstan:/);
  await page.keyboard.press('Enter');
  await dashboard.expectParam('country', 'KGZ');
  await expect(dashboard.country('Kyrgyzstan')).toHaveAttribute('aria-pressed', 'true');
  // One Tab leaves the five states for the meeting places: no trap, no walk through every state.
  await page.keyboard.press('Tab');
  expect(await dashboard.focusedLabel()).not.toMatch(/^(Kazakhstan|Kyrgyzstan|Tajikistan|Turkmenistan|Uzbekistan):/);
  expect(await dashboard.focusedLabel()).toMatch(/: \d+ events?/);
  // And back: Shift+Tab returns to the one state, and once more leaves them for the zoom buttons.
  await page.keyboard.press('Shift+Tab');
  expect(await dashboard.focusedLabel()).toMatch(/^Kyrgyzstan:/);
  await page.keyboard.press('Shift+Tab');
  await expect(dashboard.map.getByRole('button', { name: 'Zoom in' })).toBeFocused();
});

test('a meeting place lists its events and opens one in the timeline, by mouse', async ({ dashboard }) => {
  await dashboard.goto();
  await dashboard.waitForData();
  await dashboard.place('Almaty').hover();
  await expect(dashboard.mapTooltip).toContainText('Almaty, Kazakhstan');
  await expect(dashboard.mapTooltip).toContainText(/6th .*Foreign Ministers/);
  await dashboard.place('Almaty').click();
  await dashboard.placeDialog.getByRole('button', { name: /Foreign Ministers/ }).click();
  await dashboard.expectParam('event', 'cc5-fm-06');
  await expect(dashboard.meeting(/6th foreign ministers’ meeting/)).toHaveAttribute('aria-expanded', 'true');
  await expect(dashboard.place('Almaty')).toHaveAttribute('aria-label', /including the selected event/);
});

test('a meeting place east of the map opens its event by keyboard alone', async ({ dashboard, page }) => {
  await dashboard.goto();
  await dashboard.waitForData();
  await dashboard.place('Chengdu').focus();
  await page.keyboard.press('Enter');
  await expect(dashboard.placeDialog).toBeVisible();
  await expect(dashboard.placeDialog.getByRole('button').first()).toBeFocused();
  await page.keyboard.press('Enter');
  await dashboard.expectParam('event', 'cc5-fm-05');
  await expect(dashboard.meeting(/5th foreign ministers’ meeting/)).toHaveAttribute('aria-expanded', 'true');
  await expect(dashboard.placeDialog).toBeHidden();
  await expect(dashboard.place('Chengdu')).toBeFocused();
});

test('the legend shows the bins, a distinct "no data" and how meeting places are drawn', async ({ dashboard }) => {
  await dashboard.goto();
  await dashboard.waitForData();
  const scale = dashboard.map.getByRole('list', { name: 'Colour scale' });
  await expect(scale.getByRole('listitem')).toHaveCount(7);
  await expect(scale.getByRole('listitem').first()).toHaveText('under $1 bn');
  await expect(scale.getByRole('listitem').last()).toHaveText('no data');
  await expect(dashboard.map.getByRole('list', { name: 'Meeting places' })).toContainText('held by video');
});

test('zoom buttons zoom and reset; the wheel zooms only with Ctrl', async ({ dashboard, page }) => {
  await dashboard.goto();
  await dashboard.waitForData();
  expect(await dashboard.mapScale()).toBe(1);
  await expect(dashboard.map.getByRole('button', { name: 'Reset zoom' })).toBeDisabled();
  await dashboard.map.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(() => dashboard.mapScale()).toBeCloseTo(1.6);
  await dashboard.map.getByRole('button', { name: 'Zoom out' }).click();
  await expect.poll(() => dashboard.mapScale()).toBeCloseTo(1);
  await dashboard.map.getByRole('button', { name: 'Zoom in' }).click();
  await dashboard.map.getByRole('button', { name: 'Reset zoom' }).click();
  await expect.poll(() => dashboard.mapScale()).toBe(1);

  const frame = await dashboard.map.getByRole('group', { name: /^Map of Central Asia/ }).boundingBox();
  await page.mouse.move((frame?.x ?? 0) + 100, (frame?.y ?? 0) + 100);
  await page.mouse.wheel(0, 300);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  expect(await dashboard.mapScale()).toBe(1);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -300);
  await page.keyboard.up('Control');
  await expect.poll(() => dashboard.mapScale()).toBeGreaterThan(1);
});

test('the Table button shows the same values as a table', async ({ dashboard }) => {
  await dashboard.goto('?year=2024');
  await dashboard.waitForData();
  await dashboard.map.getByRole('button', { name: 'Table' }).click();
  const table = dashboard.map.getByRole('table').first();
  await expect(table.getByRole('row')).toHaveCount(6);
  await expect(table.getByRole('row', { name: /^Kyrgyzstan/ })).toContainText(
    `$${((total('KGZ', 2024) ?? 0) / 1e9).toFixed(1)} bn in 2024`,
  );
});

test('with both reporters asked for, the map says it shows China’s figures', async ({ dashboard }) => {
  await dashboard.goto('?reporter=both');
  await dashboard.waitForData();
  await expect(dashboard.map).toContainText('the map shows one reporter: China’s figures');
});

test.describe('on a 390 × 844 phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the five states are labelled, the places east of the map listed, and nothing scrolls sideways', async ({
    dashboard,
    page,
  }) => {
    await dashboard.goto();
    await dashboard.waitForData();
    const svg = dashboard.map.getByRole('group', { name: /^Map of Central Asia/ });
    for (const name of ['Kazakhstan', 'Kyrgyzstan', 'Tajikistan', 'Turkmenistan', 'Uzbekistan']) {
      const label = svg.locator('text', { hasText: name });
      await expect(label).toBeVisible();
      const box = await label.boundingBox();
      expect(box?.height ?? 0, `${name} label height`).toBeGreaterThanOrEqual(10);
    }
    await expect(dashboard.place("Xi'an")).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  test('no name on the map runs into another', async ({ dashboard }) => {
    await dashboard.goto();
    await dashboard.waitForData();
    const labels = dashboard.map.getByRole('group', { name: /^Map of Central Asia/ }).locator('text');
    const boxes: { text: string; x: number; y: number; width: number; height: number }[] = [];
    for (const label of await labels.all()) {
      const box = await label.boundingBox();
      if (box) boxes.push({ text: (await label.textContent()) ?? '', ...box });
    }
    expect(boxes.length).toBeGreaterThanOrEqual(7);
    // A text's box spans the font's whole ascent and descent; its letters fill about the middle 70%.
    const ink = (box: (typeof boxes)[number]) => ({ ...box, y: box.y + box.height * 0.15, height: box.height * 0.7 });
    const clash = (p: (typeof boxes)[number], q: (typeof boxes)[number]) => {
      const [a, b] = [ink(p), ink(q)];
      return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    };
    const clashes = boxes.flatMap((a, i) =>
      boxes
        .slice(i + 1)
        .filter((b) => clash(a, b))
        .map((b) => `${a.text} × ${b.text}`),
    );
    expect(clashes).toEqual([]);
  });
});
