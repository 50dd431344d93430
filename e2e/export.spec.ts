import { readFile } from 'node:fs/promises';
import type { Download, Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { VALUE_LABELS } from './helpers/chart-parts';

async function download(page: Page, panel: Locator, item: string): Promise<{ name: string; bytes: Buffer }> {
  await panel.getByRole('button', { name: 'Download' }).click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByRole('menuitem', { name: item, exact: true }).click(),
  ]);
  return read(file);
}

async function read(file: Download) {
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test.describe('downloads from the trade panel', () => {
  test.beforeEach(async ({ dashboard }) => {
    await dashboard.goto('?country=KGZ&from=2015&to=2024&reporter=both');
    await dashboard.waitForData();
  });

  test('SVG: a standalone file with title, legend, sources, date and the font embedded', async ({
    dashboard,
    page,
  }) => {
    const { name, bytes } = await download(page, dashboard.trade, 'SVG image');
    expect(name).toBe('china-kyrgyzstan-trade-2015-2024.svg');
    const svg = bytes.toString('utf8');
    // Parsed in a blank page: the dashboard's own CSP rightly refuses the <style> element of the file.
    const blank = await page.context().newPage();
    const parsed = await blank.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        text: doc.documentElement.textContent,
        width: Number(doc.documentElement.getAttribute('width')),
      };
    }, svg);
    await blank.close();
    expect(parsed.error).toBeNull();
    expect(parsed.text).toContain('Total trade: China and Kyrgyzstan');
    expect(parsed.text).toContain('Kyrgyzstan’s statistics');
    expect(parsed.text).toMatch(/Sources?: /);
    expect(parsed.text).toMatch(/Data as of \d{1,2} \w{3} \d{4}/);
    expect(svg).toContain("@font-face{font-family:'Inter'");
    expect(svg).toContain('data:font/woff2;base64,');
    // Only the faces its text needs: Inter's Latin ones, not its Cyrillic or Greek.
    expect(svg).not.toMatch(/unicode-range:U\+301, U\+400-45F/i);
    expect(svg).not.toContain('var(--');
    expect(parsed.width).toBeGreaterThanOrEqual(640);
  });

  test('PNG, 16:9: the figure whole on a 1600 × 900 slide, at twice the pixels', async ({ dashboard, page }) => {
    const { name, bytes } = await download(page, dashboard.trade, 'PNG image, 16:9 (1600 × 900)');
    expect(name).toBe('china-kyrgyzstan-trade-2015-2024-16x9.png');
    expect(pngSize(bytes)).toEqual({ width: 3200, height: 1800 });
  });

  test('the image keeps the meetings’ marks with their lines, as its legend says', async ({ dashboard, page }) => {
    const { bytes } = await download(page, dashboard.trade, 'SVG image');
    const svg = bytes.toString('utf8');
    expect(svg).toContain('Marks: ▲ summits, ● foreign ministers’ meetings.');
    expect(svg).not.toContain('Hover or focus');
    // The summits of 2022 and 2023 as triangles, drawn from the page's marks.
    expect((svg.match(/<polygon /g) ?? []).length).toBeGreaterThanOrEqual(2);
  });

  test('PNG: twice the pixel density of the SVG', async ({ dashboard, page }) => {
    const svgFile = await download(page, dashboard.trade, 'SVG image');
    const width = Number(/width="(\d+)"/.exec(svgFile.bytes.toString('utf8'))?.[1]);
    const height = Number(/height="(\d+)"/.exec(svgFile.bytes.toString('utf8'))?.[1]);
    const { name, bytes } = await download(page, dashboard.trade, 'PNG image');
    expect(name).toBe('china-kyrgyzstan-trade-2015-2024.png');
    expect(pngSize(bytes)).toEqual({ width: width * 2, height: height * 2 });
  });

  test('CSV: the numbers behind the view, with reporter columns', async ({ dashboard, page }) => {
    const { name, bytes } = await download(page, dashboard.trade, 'CSV data');
    expect(name).toBe('china-kyrgyzstan-trade-2015-2024.csv');
    const lines = bytes
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    const header = lines[0]?.split(',') ?? [];
    expect(header).toEqual(expect.arrayContaining(['year', 'reporter', 'value_usd']));
    // Ten years, two reporters.
    expect(lines.length - 1).toBe(20);
    const yearIndex = header.indexOf('year');
    const reporterIndex = header.indexOf('reporter');
    const valueIndex = header.indexOf('value_usd');
    const china2024 = lines
      .map((l) => l.split(','))
      .find((c) => c[yearIndex] === '2024' && c[reporterIndex] === 'china');
    expect(Number(china2024?.[valueIndex])).toBeGreaterThan(1e10);
  });

  test('the image is the chart shown, not one of the charts kept drawn in the background', async ({
    dashboard,
    page,
  }) => {
    // The other states' charts are drawn, hidden, once the first view is complete.
    await expect(dashboard.trade.locator('figure')).toHaveCount(5);
    await dashboard.tradeControl('Country').selectOption({ label: 'Uzbekistan' });
    await expect(dashboard.chart).toHaveAccessibleName(/China and Uzbekistan/);
    const ticks = await dashboard.chart.locator(VALUE_LABELS).allTextContents();
    expect(ticks.length).toBeGreaterThan(2);
    const { bytes } = await download(page, dashboard.trade, 'SVG image');
    const blank = await page.context().newPage();
    const text = await blank.evaluate(
      (svg) => new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement.textContent,
      bytes.toString('utf8'),
    );
    await blank.close();
    expect(text).toContain(ticks.join(''));
  });

  test('the menu works from the keyboard and Escape returns focus', async ({ dashboard, page }) => {
    const button = dashboard.trade.getByRole('button', { name: 'Download' });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(dashboard.trade.getByRole('menuitem', { name: 'PNG image', exact: true })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(dashboard.trade.getByRole('menuitem', { name: 'PNG image, 16:9 (1600 × 900)' })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(dashboard.trade.getByRole('menuitem', { name: 'SVG image' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dashboard.trade.getByRole('menu')).toHaveCount(0);
    await expect(button).toBeFocused();
  });

  test('Copy citation puts the view, its sources and its link on the clipboard', async ({
    dashboard,
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await dashboard.trade.getByRole('button', { name: 'Download' }).click();
    await dashboard.trade.getByRole('menuitem', { name: 'Copy citation' }).click();
    await expect(dashboard.trade.getByRole('status').filter({ hasText: 'Citation copied' })).toBeVisible();
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text).toContain('Total trade: China and Kyrgyzstan');
    expect(text).toContain('country=KGZ');
    expect(text).toMatch(/Sources?: /);
  });
});

test('on a phone, the timeline is exported as it is shown there: a list', async ({ dashboard, page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await dashboard.goto();
  await dashboard.waitForData();
  const { bytes } = await download(page, dashboard.timeline, 'SVG image');
  const svg = bytes.toString('utf8');
  expect(svg).toContain('Meetings and summits');
  expect(svg).toContain('3rd summit');
  expect(svg).toContain('place not yet announced');
  const png = await download(page, dashboard.timeline, 'PNG image');
  expect(pngSize(png.bytes).width).toBeGreaterThan(600);
});
