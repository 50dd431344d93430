import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';

interface Focused {
  label: string;
  role: string | null;
  tag: string;
  outline: string;
}

async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const style = el ? getComputedStyle(el) : null;
    const labelled = el?.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent : null;
    return {
      label: (el?.getAttribute('aria-label') ?? labelled ?? el?.textContent ?? '').trim(),
      role: el?.getAttribute('role') ?? null,
      tag: el?.tagName.toLowerCase() ?? '',
      // A visible focus ring: an outline, or (on SVG shapes) a stroke the focus style sets.
      outline: style ? `${style.outlineStyle} ${style.outlineWidth} ${style.stroke}` : '',
    };
  });
}

/** Presses Tab until focus lands on what `matches` accepts; fails after `limit` presses. */
async function tabTo(page: Page, matches: (f: Focused) => boolean, what: string, limit = 60): Promise<Focused> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (matches(now)) return now;
  }
  throw new Error(`Tab never reached ${what}`);
}

test('a keyboard-only walk: map, country, year, reporter, an event, a CSV download', async ({ dashboard, page }) => {
  await dashboard.goto();
  await dashboard.waitForData();
  await page.locator('body').focus();

  // Into the map: one Tab stop for the five states, arrows move between them, Enter selects.
  await tabTo(page, (f) => /^(Kazakhstan|Kyrgyzstan|Tajikistan|Turkmenistan|Uzbekistan):/.test(f.label), 'the map');
  let current = (await focused(page)).label;
  for (let i = 0; i < 4 && !current.startsWith('Kyrgyzstan'); i++) {
    await page.keyboard.press('ArrowRight');
    current = (await focused(page)).label;
    if (!current.startsWith('Kyrgyzstan')) {
      await page.keyboard.press('ArrowDown');
      current = (await focused(page)).label;
    }
  }
  expect(current).toMatch(/^Kyrgyzstan:/);
  await page.keyboard.press('Enter');
  await dashboard.expectParam('country', 'KGZ');

  // Back to the year control (Shift+Tab), and a year earlier with the arrow key.
  await dashboard.map.getByLabel('Year', { exact: true }).focus();
  const year = await dashboard.map.getByLabel('Year', { exact: true }).inputValue();
  await page.keyboard.press('ArrowDown');
  await dashboard.expectParam('year', String(Number(year) - 1));

  // The reporter, in the trade panel.
  const reporter = await tabTo(page, (f) => f.tag === 'select' && f.label === 'Reported by', 'the reporter control');
  expect(reporter.outline).toMatch(/solid/);
  await page.keyboard.press('ArrowDown');
  await dashboard.expectParam('reporter', 'partner');

  // An event in the timeline: one Tab stop, arrows move, Enter opens.
  await tabTo(page, (f) => f.tag === 'button' && /foreign ministers’ meeting|summit/.test(f.label), 'the timeline');
  await page.keyboard.press('Home');
  await page.keyboard.press('Enter');
  await expect(dashboard.eventDetail).toBeVisible();
  expect(new URL(page.url()).searchParams.get('event')).toBeTruthy();

  // A CSV of the trade panel, from its Download menu.
  await dashboard.trade.getByRole('button', { name: 'Download' }).focus();
  await page.keyboard.press('Enter');
  await expect(dashboard.trade.getByRole('menuitem', { name: 'PNG image', exact: true })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(dashboard.trade.getByRole('menuitem', { name: 'CSV data' })).toBeFocused();
  const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(file.suggestedFilename()).toMatch(/^china-kyrgyzstan-trade-\d{4}-\d{4}\.csv$/);
  const csv = await readFile(await file.path(), 'utf8');
  expect(csv).toContain('partner');
});
