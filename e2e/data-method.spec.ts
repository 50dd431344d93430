import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { parseCsv } from './helpers/csv';

test.describe('the data behind the page, and how it was revised', () => {
  test.beforeEach(async ({ dashboard }) => {
    await dashboard.goto();
    await dashboard.waitForData();
  });

  test('"Data revised on" opens the list of every change, with the old and new value, why and the source', async ({
    page,
  }) => {
    const opener = page.getByRole('button', { name: 'Data revised on 1 Dec 2026' });
    await opener.click();
    const dialog = page.getByRole('dialog', { name: 'Revisions to the data' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('table')).toContainText('changes since the first release, 27 Nov 2026');
    const row = dialog.getByRole('row', { name: /Kazakhstan 2019, total trade, Kazakhstan’s statistics/ });
    await expect(row.getByRole('cell').nth(1)).toHaveText('$14,389,877,021');
    await expect(row.getByRole('cell').nth(2)).toHaveText('$14,792,492,522');
    await expect(row.getByRole('cell').nth(3)).toContainText('replaces the IMF DOTS value');
    await expect(row.getByRole('link', { name: /Bureau of National Statistics/ })).toHaveAttribute(
      'href',
      /^https:\/\/stat\.gov\.kz\//,
    );
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(opener).toBeFocused();
  });

  test('a revised figure says so in its table row', async ({ dashboard }) => {
    await dashboard.goto('?country=KGZ&reporter=both&from=2020&to=2024');
    await dashboard.waitForData();
    await dashboard.trade.getByRole('button', { name: 'Table' }).click();
    const row = dashboard.trade.getByRole('table').getByRole('row', { name: /^2022/ });
    // Kyrgyzstan's own 2022 figure, filled from its statistics committee on 1 Dec 2026.
    await expect(row).toContainText('$4.1 bn');
    await expect(row).toContainText('revised 1 Dec 2026');
  });

  test('"Data and method": every file as JSON and CSV from this server, and the method', async ({ page, baseURL }) => {
    await page.getByRole('button', { name: 'Data and method' }).click();
    const dialog = page.getByRole('dialog', { name: 'Data and method' });
    await expect(dialog.getByRole('heading', { name: 'Why the two sides differ' })).toBeVisible();

    const json = dialog.getByRole('link', { name: 'trade.json (JSON)' });
    const href = new URL((await json.getAttribute('href')) ?? '', page.url());
    expect(href.origin).toBe(new URL(baseURL ?? '').origin);
    const [jsonFile] = await Promise.all([page.waitForEvent('download'), json.click()]);
    expect(jsonFile.suggestedFilename()).toBe('trade.json');
    const trade = JSON.parse(await readFile(await jsonFile.path(), 'utf8')) as { observations: unknown[] };

    const [csvFile] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'trade.csv (CSV)' }).click(),
    ]);
    expect(csvFile.suggestedFilename()).toBe('trade.csv');
    const rows = parseCsv(await readFile(await csvFile.path(), 'utf8'));
    expect(rows[0]).toEqual(
      expect.arrayContaining(['partner', 'year', 'reporter', 'flow', 'value', 'source', 'revised']),
    );
    expect(rows.length - 1).toBe(trade.observations.length);
    await expect(dialog.getByRole('status')).toHaveText('Saved trade.csv');
  });
});
