import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { SANDBOX_FLAGS } from '../src/app/embed-snippet';
import { expect, test } from './fixtures';
import { pdfPages } from './helpers/pdf-text';
import { SUB_PATH } from './server';
import { CHART_LINES, CHART_SURFACE } from './helpers/chart-parts';

test.describe('embedded panels', () => {
  for (const [panel, region] of [
    ['map', 'Trade with China by country'],
    ['trade', 'Total trade: China and Tajikistan'],
    ['timeline', 'Meetings and summits'],
  ] as const) {
    test(`?embed=${panel} shows that panel alone, from a sub-path, with the rest of the view`, async ({ page }) => {
      await page.goto(`${SUB_PATH}?embed=${panel}&country=TJK`);
      await expect(page.getByRole('region', { name: region })).toBeVisible();
      const panels = ['Trade with China by country', /: China and /, 'Meetings and summits'];
      await expect(page.getByRole('heading', { level: 2, name: region })).toHaveCount(1);
      expect(await page.getByRole('heading', { level: 2 }).filter({ hasText: /./ }).allTextContents()).not.toEqual(
        expect.arrayContaining(panels.filter((p) => typeof p === 'string' && p !== region)),
      );
      await expect(page.getByRole('banner').filter({ hasText: 'China–Central Asia Trade & Relations' })).toHaveCount(0);
      await expect(page.locator('#root')).toHaveAttribute('data-render-complete', 'true');
    });
  }

  test('compact=1 shows the figure, its legend and its source line, and none of the controls', async ({ page }) => {
    await page.goto(`${SUB_PATH}?embed=trade&country=KGZ&reporter=both&compact=1`);
    const panel = page.getByRole('region', { name: 'Total trade: China and Kyrgyzstan' });
    await expect(panel.getByRole('figure')).toBeVisible();
    await expect(panel.getByText('Kyrgyzstan’s statistics').first()).toBeVisible();
    await expect(panel.getByText(/^Sources?:/)).toBeVisible();
    await expect(panel.getByRole('combobox')).toHaveCount(0);
    await expect(panel.getByRole('button', { name: 'Download' })).toHaveCount(0);
    await expect(panel.getByRole('slider')).toHaveCount(0);
    await expect(panel.getByRole('complementary', { name: 'Why the two sides differ' })).toBeHidden();
  });

  test('transparent=1 drops the background', async ({ page }) => {
    await page.goto('?embed=map&transparent=1');
    await expect(page.getByRole('region', { name: 'Trade with China by country' })).toBeVisible();
    const backgrounds = await page.evaluate(() =>
      [document.body, document.querySelector('.panel')].map((el) => (el ? getComputedStyle(el).backgroundColor : '')),
    );
    expect(backgrounds).toEqual(['rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)']);
  });

  test('a sandboxed frame tells its host page its height, and again when it changes', async ({ page }) => {
    // A host page on the same server, as an intranet page would embed the panel.
    await page.route('**/embed-host.html', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><body style="margin:0"><script>
          window.heights = [];
          addEventListener('message', (e) => { if (e.data && e.data.type === 'c5-dashboard:resize') window.heights.push(e.data); });
        </script><iframe id="frame" title="Trade" src="${SUB_PATH}?embed=trade&country=KGZ" sandbox="${SANDBOX_FLAGS}"
          style="width:900px;height:300px;border:0"></iframe></body>`,
      }),
    );
    await page.goto('/embed-host.html');
    const frame = page.frameLocator('#frame');
    await expect(frame.getByRole('region', { name: 'Total trade: China and Kyrgyzstan' })).toBeVisible();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { heights: unknown[] }).heights.length))
      .toBeGreaterThan(0);
    await expect(frame.getByRole('figure')).toBeVisible();
    const lastMessage = () =>
      page.evaluate(() => (window as unknown as { heights: { panel: string; height: number }[] }).heights.at(-1));
    const contentHeight = () => frame.locator('main').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
    // Once the panel has settled (the chart loads after the data), the last message gives the content's height.
    await expect.poll(async () => (await lastMessage())?.height === (await contentHeight())).toBe(true);
    const first = await lastMessage();
    expect(first?.panel).toBe('trade');
    // The frame is only 300 px tall: the reported height is the content's, not the frame's.
    expect(first?.height).toBeGreaterThan(300);

    await frame.getByRole('button', { name: 'Table' }).click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { heights: { height: number }[] }).heights.at(-1)?.height))
      .not.toBe(first?.height);
  });
});

test.describe('sharing the view', () => {
  test('Copy link copies the address of the current view', async ({ dashboard, page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await dashboard.goto('?country=UZB&year=2020');
    await dashboard.waitForData();
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
  });

  test('the Embed dialog gives the iframe snippet for the chosen panel and view', async ({ dashboard, page }) => {
    await dashboard.goto('?country=TKM');
    await dashboard.waitForData();
    await page.getByRole('button', { name: 'Embed' }).click();
    const dialog = page.getByRole('dialog', { name: 'Embed a panel' });
    await expect(dialog).toBeVisible();
    await dialog.getByLabel('Panel').selectOption('timeline');
    const code = dialog.getByRole('textbox', { name: 'Embed code' });
    await expect(code).toHaveValue(/<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?country=TKM&amp;embed=timeline"/);
    await expect(code).toHaveValue(/sandbox="[^"]*allow-downloads/);
    await expect(code).toHaveValue(/title="China–Central Asia meetings and summits"/);
    await expect(code).toHaveValue(/<script src="http:\/\/127\.0\.0\.1:\d+\/embed\.js" async><\/script>/);
    await expect(code).not.toHaveValue(/<script>/);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

  test('the Embed dialog starts from the panel you were in, and titles the frame for what it shows', async ({
    dashboard,
    page,
  }) => {
    await dashboard.goto('?country=KGZ&from=2010&to=2024');
    await dashboard.waitForData();
    await dashboard.tradeControl('Country').focus();
    await page.getByRole('button', { name: 'Embed' }).click();
    const dialog = page.getByRole('dialog', { name: 'Embed a panel' });
    await expect(dialog.getByLabel('Panel')).toHaveValue('trade');
    const code = dialog.getByRole('textbox', { name: 'Embed code' });
    await expect(code).toHaveValue(/title="China–Kyrgyzstan trade, 2010–2024"/);
    await expect(dialog).toContainText('frame-ancestors');
  });

  test('the theme can be chosen and is kept in the link', async ({ dashboard, page }) => {
    await dashboard.goto();
    await dashboard.waitForData();
    await page.getByLabel('Theme').selectOption('dark');
    await dashboard.expectParam('theme', 'dark');
    expect(await backgroundLuminance(page)).toBeLessThan(40);
  });

  test('the automatic theme follows the system, also when it changes; a theme chosen does not', async ({
    dashboard,
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await dashboard.goto();
    await dashboard.waitForData();
    expect(await backgroundLuminance(page)).toBeGreaterThan(200);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => backgroundLuminance(page)).toBeLessThan(40);
    await page.getByLabel('Theme').selectOption('light');
    expect(await backgroundLuminance(page)).toBeGreaterThan(200);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await backgroundLuminance(page)).toBeGreaterThan(200);
  });
});

test.describe('briefing mode', () => {
  test.use({ viewport: { width: 1600, height: 900 } });

  test('a 16:9 slide with headline, key figure, map, chart, sources and date; no controls', async ({ page }) => {
    await page.goto('?mode=briefing&country=KGZ&year=2024');
    await expect(page.locator('#root')).toHaveAttribute('data-render-complete', 'true');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('China–Kyrgyzstan trade');
    await expect(page.getByRole('banner').getByText(/^\$\d+\.\d bn$/)).toBeVisible();
    await expect(page.getByRole('region', { name: 'Trade with China by country' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Total trade: China and Kyrgyzstan' })).toBeVisible();
    await expect(page.getByText(/^Data as of \d{1,2} \w{3} \d{4}/)).toBeVisible();
    await expect(page.getByText(/^Sources?:/).first()).toBeVisible();
    await expect(page.getByRole('combobox')).toHaveCount(0);
    await expect(page.getByRole('slider')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Download', exact: true })).toHaveCount(0);
    // The slide's own tools are there for the pointer and the keyboard, out of sight on the slide.
    await expect(page.getByRole('navigation', { name: 'Slide tools' })).toHaveCSS('opacity', '0');
    const size = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      scrollHeight: document.documentElement.scrollHeight,
    }));
    expect(size.scrollWidth).toBeLessThanOrEqual(1600);
    expect(size.scrollHeight).toBeLessThanOrEqual(900);
  });

  for (const [width, height, query, chart] of [
    [1440, 900, '', /^Total trade: China and/],
    [1600, 900, '&reporter=both&country=KGZ', /^Total trade: China and/],
    [1280, 720, '&reporter=both&country=KGZ', /^Total trade: China and/],
    [1280, 720, '&chart=partners', /trade by partner$/],
  ] as const) {
    test(`on a ${width} × ${height} screen (${query || 'default'}), each panel's legend and sources stay on the slide`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height });
      await page.goto(`?mode=briefing${query}`);
      await expect(page.locator('#root')).toHaveAttribute('data-render-complete', 'true');
      for (const name of ['Trade with China by country', chart]) {
        const panel = page.getByRole('region', { name });
        const box = await panel.boundingBox();
        const sources = await panel.getByText(/^Sources?:/).boundingBox();
        if (!box || !sources) throw new Error('a panel or its sources are not laid out');
        // The panels clip what overflows them: the source line must lie inside its panel.
        expect(sources.y + sources.height).toBeLessThanOrEqual(box.y + box.height);
        expect(box.y + box.height).toBeLessThanOrEqual(height);
        expect(box.x + box.width).toBeLessThanOrEqual(width);
      }
      // The map gave up height, and kept its proportions and most of its panel.
      const mapPanel = page.getByRole('region', { name: 'Trade with China by country' });
      const svg = mapPanel.locator('svg').first();
      const [map, panel, legend, viewBox] = await Promise.all([
        svg.boundingBox(),
        mapPanel.boundingBox(),
        mapPanel
          .getByText(/^total trade/)
          .last()
          .boundingBox(),
        svg.getAttribute('viewBox'),
      ]);
      if (!map || !panel || !legend || !viewBox) throw new Error('the map or its legend is not laid out');
      const [, , viewWidth = 0, viewHeight = 1] = viewBox.split(/\s+/).map(Number);
      expect(map.width / map.height).toBeCloseTo(viewWidth / viewHeight, 1);
      expect(map.height).toBeGreaterThan(0.45 * panel.height);
      expect(legend.y + legend.height).toBeLessThanOrEqual(panel.y + panel.height);
    });
  }
});

test.describe('briefing slide, as a person gets to it and hands it on', () => {
  test('the page links to the slide of the same view; the slide links back, without interaction hints', async ({
    dashboard,
    page,
  }) => {
    await dashboard.goto('?country=UZB&reporter=both');
    await dashboard.waitForData();
    await page.getByRole('link', { name: 'Briefing slide' }).click();
    await expect(page).toHaveURL(/mode=briefing/);
    await expect(page.locator('#root')).toHaveAttribute('data-render-complete', 'true');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('China–Uzbekistan trade');
    await expect(page.getByText(/Hover or focus|click to select|arrow keys/).filter({ visible: true })).toHaveCount(0);
    const link = new URL(page.url());
    link.searchParams.delete('mode');
    await expect(page.getByRole('contentinfo')).toContainText(link.toString());
    await expect(page.getByRole('contentinfo')).toContainText(/Data as of \d{1,2} \w{3} \d{4}/);
    await page.getByRole('link', { name: 'Back to the dashboard' }).click();
    await expect(page).not.toHaveURL(/mode=briefing/);
    await expect(dashboard.tradeTitle).toHaveText('Total trade: China and Uzbekistan');
  });

  test('"Download slide" gives the slide as a 1600 × 900 PNG at twice the pixels', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto('?mode=briefing&reporter=both&country=KGZ');
    await expect(page.locator('#root')).toHaveAttribute('data-render-complete', 'true');
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download slide' }).click(),
    ]);
    expect(file.suggestedFilename()).toBe('china-central-asia-briefing-slide.png');
    const bytes = await readFile(await file.path());
    expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([3200, 1800]);
    expect(bytes.length).toBeGreaterThan(100_000);
  });

  test('on a phone the slide is the same content, one part under the other, and scrolls', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('?mode=briefing&country=KGZ');
    await expect(page.locator('#root')).toHaveAttribute('data-render-complete', 'true');
    const chart = page.getByRole('region', { name: /^Total trade: China and/ });
    await chart.scrollIntoViewIfNeeded();
    await expect(chart.getByText(/^Sources?:/)).toBeInViewport();
    const box = await chart.boundingBox();
    expect(box?.width).toBeLessThanOrEqual(390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});

test.describe('printing', () => {
  test('printed from a 1440 px window as a person does: map and chart on page 1, the timeline across its own page', async ({
    dashboard,
    page,
  }) => {
    await dashboard.goto('?country=UZB&theme=dark');
    await dashboard.waitForData();
    const chartWidth = () =>
      dashboard.chart
        .locator(CHART_SURFACE)
        .first()
        .evaluate((svg) => svg.clientWidth);
    const screenWidth = await chartWidth();
    // No print emulation first: page.pdf() prints as the browser's Print does, beforeprint and all.
    const pages = await pdfPages(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages.length).toBeLessThanOrEqual(4);
    const [first = ''] = pages;
    expect(first).toContain('Trade with China by country');
    expect(first).toContain('Total trade: China and Uzbekistan');
    // The chart drawn whole at the paper's width: its last year's tick is on the page.
    expect(first).toMatch(/2010 2015 2020 2025/);
    const timeline = pages.find((text) => text.includes('Meetings and summits')) ?? '';
    expect(timeline).toMatch(/2020 2021 2022 2023 2024 2025 2026 2027/);
    expect(timeline).toContain('3rd · announced');
    expect(
      pages.every((text) => text.length > 200),
      'no page holds only a heading',
    ).toBe(true);
    // Back on screen, the chart is drawn at the window's width again.
    await expect.poll(chartWidth).toBe(screenWidth);
  });

  test('for paper, the light palette and the charts redrawn at the page’s width; the screen’s again after', async ({
    dashboard,
    page,
  }) => {
    await dashboard.goto('?country=UZB&theme=dark');
    await dashboard.waitForData();
    const state = () =>
      page.evaluate(() => ({
        scheme: document.documentElement.dataset.scheme,
        chart:
          document.querySelector('.panel-trade svg.plain-chart-surface, .panel-trade svg.recharts-surface')
            ?.clientWidth ?? 0,
        timeline: document.querySelector('.panel-timeline svg')?.clientWidth ?? 0,
      }));
    const screen = await state();
    expect(screen.scheme).toBe('dark');
    const paper = await page.evaluate(() => {
      window.dispatchEvent(new Event('beforeprint'));
      const read = {
        scheme: document.documentElement.dataset.scheme,
        chart:
          document.querySelector('.panel-trade svg.plain-chart-surface, .panel-trade svg.recharts-surface')
            ?.clientWidth ?? 0,
        timeline: document.querySelector('.panel-timeline svg')?.clientWidth ?? 0,
      };
      window.dispatchEvent(new Event('afterprint'));
      return read;
    });
    // A4 landscape within 12 mm margins is 1,031 CSS px: half of it for the chart, all of it for the timeline.
    expect(paper.scheme).toBe('light');
    expect(paper.chart).toBeLessThan(520);
    expect(paper.timeline).toBeGreaterThan(900);
    expect(paper.timeline).toBeLessThanOrEqual(1031);
    expect(await state()).toEqual(screen);
  });

  test('the print style sheet keeps the panels with their figures and sources, and drops the controls', async ({
    dashboard,
    page,
  }) => {
    await dashboard.goto('?country=UZB');
    await dashboard.waitForData();
    // Laid out as on the paper: A4 landscape less the style sheet's 12 mm margins, in CSS pixels.
    await page.setViewportSize({ width: Math.round((273 / 25.4) * 96), height: Math.round((186 / 25.4) * 96) });
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden();
    await expect(dashboard.tradeControl('Country')).toBeHidden();
    await expect(page.getByRole('slider')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Download' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Zoom in' })).toHaveCount(0);
    await expect(page.getByRole('checkbox')).toHaveCount(0);
    await expect(page.getByRole('combobox')).toHaveCount(0);
    await expect(page.getByRole('navigation', { name: 'Step through the events' })).toHaveCount(0);
    await expect(dashboard.country('Uzbekistan')).toBeVisible();
    await expect(dashboard.chart.locator(CHART_LINES).first()).toBeVisible();
    await expect(dashboard.meeting(/1st summit/)).toBeVisible();
    for (const panel of [dashboard.map, dashboard.trade]) await expect(panel.getByText(/^Sources?:/)).toBeVisible();

    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // A4 landscape, as the style sheet asks: the map and the chart side by side, the timeline across below.
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBeGreaterThan(0);
    expect(pages.length).toBeLessThanOrEqual(4);
    const [, width = '0', height = '0'] =
      /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)/.exec(pdf.toString('latin1')) ?? [];
    expect(Number(width)).toBeCloseTo(842, 0);
    expect(Number(height)).toBeCloseTo(595, 0);
  });
});

/** The page background's relative luminance, 0 (black) to 255 (white). */
async function backgroundLuminance(page: Page): Promise<number> {
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const [r = 255, g = 255, b = 255] = (background.match(/\d+/g) ?? []).map(Number);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
