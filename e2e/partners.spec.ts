import { readFile } from 'node:fs/promises';
import { formatShare, formatUsd, ordinal } from '../src/lib/format';
import { parseCsv } from './helpers/csv';
import { readDataFile } from './helpers/data-files';
import { waitForPanel } from './helpers/panels';
import { FIXTURE_DATASET } from './server';
import { test } from './fixtures';
import { expect } from './matchers/axe';
import { CHART_LINES } from './helpers/chart-parts';

// The "By partner" view: one state's trade with each counterpart, by the state's own figures where it publishes them. Expectations
// about figures are read from the fixture dataset the server hands out in place of data/.
const partners = readDataFile(FIXTURE_DATASET, 'partners.json');
const figure = (reporter: string, partner: string, year: number) =>
  partners.observations.find(
    (o) =>
      o.reporter === reporter &&
      o.partner === partner &&
      o.year === year &&
      o.period === 'annual' &&
      o.flow === 'total',
  )?.value;

test('chosen by mouse: the share of each partner over the years, with China and Russia ranked', async ({
  dashboard,
  page,
}) => {
  await dashboard.goto('?country=UZB');
  await dashboard.waitForData();
  await dashboard.trade.getByRole('button', { name: 'By partner', exact: true }).click();
  await dashboard.expectParam('chart', 'partners');
  await expect(dashboard.tradeTitle).toHaveText('Uzbekistan’s trade by partner');
  await expect(dashboard.trade.getByText(/^Share of Uzbekistan’s total trade/)).toContainText(
    'Uzbekistan’s figures: IMF DOTS, the state as reporter',
  );
  const chart = dashboard.trade.getByRole('figure', { name: /^Uzbekistan’s trade by partner, share/ });
  await expect(chart.locator(CHART_LINES)).toHaveCount(6);
  for (const name of ['China', 'Russia', 'European Union', 'Türkiye', 'Central Asian neighbours', 'All other partners'])
    await expect(chart.getByRole('listitem').filter({ hasText: name })).toBeVisible();
  // China's and Russia's measure controls are not this view's.
  await expect(dashboard.trade.getByLabel('Measure', { exact: true })).toHaveCount(0);
  await expect(dashboard.trade.getByLabel('Reported by', { exact: true })).toHaveCount(0);

  // China's place and share in the year shown, as the fixture has them.
  const year = Number(await dashboard.trade.getByLabel('Figures for', { exact: true }).inputValue());
  const inYear = partners.observations.filter(
    (o) =>
      o.reporter === 'UZB' && o.year === year && o.period === 'annual' && o.flow === 'total' && o.partner !== 'WORLD',
  );
  const china = figure('UZB', 'CHN', year) ?? 0;
  const rank = 1 + inYear.filter((o) => o.value > china).length;
  await expect(dashboard.trade.getByRole('definition').first()).toHaveText(
    `${ordinal(rank)} of the ${inYear.length} partners with a figure, ${formatShare(china / (figure('UZB', 'WORLD', year) ?? 1))} of the total`,
  );
  await expect(
    dashboard.trade.getByText(
      /^By Uzbekistan’s own statistics, China (first ranked|ranked above Russia from|did not rank)/,
    ),
  ).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('chosen by keyboard, and a deep link restores it, with Back and Forward', async ({ dashboard, page }) => {
  await dashboard.goto('?country=KGZ');
  await dashboard.waitForData();
  const byPartner = dashboard.trade.getByRole('button', { name: 'By partner', exact: true });
  await dashboard.trade.getByRole('button', { name: 'All five', exact: true }).focus();
  await page.keyboard.press('Tab');
  await expect(byPartner).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dashboard.tradeTitle).toHaveText('Kyrgyzstan’s trade by partner');
  await expect(byPartner).toHaveAttribute('aria-pressed', 'true');

  await dashboard.tradeControl('Country').selectOption('KAZ');
  await expect(dashboard.tradeTitle).toHaveText('Kazakhstan’s trade by partner');
  await page.goBack();
  await expect(dashboard.tradeTitle).toHaveText('Kyrgyzstan’s trade by partner');
  await page.goForward();
  await expect(dashboard.tradeTitle).toHaveText('Kazakhstan’s trade by partner');

  await dashboard.goto('?chart=partners&country=KAZ&year=2021&from=2000&to=2023');
  await expect(dashboard.tradeTitle).toHaveText('Kazakhstan’s trade by partner');
  await expect(dashboard.trade.getByLabel('Figures for', { exact: true })).toHaveValue('2021');
  await expect(dashboard.tradeControl('From')).toHaveValue('2000');
  const ranking = dashboard.trade.getByRole('table', { name: /ranked by total trade in 2021/ });
  const china = figure('KAZ', 'CHN', 2021);
  expect(china, 'Kazakhstan–China 2021 in the fixture').toBeDefined();
  await expect(ranking.getByRole('row').filter({ hasText: 'China' })).toContainText(formatUsd(china ?? 0));
});

test('the five compared: China’s and Russia’s shares of each state’s trade in the year', async ({ dashboard }) => {
  await dashboard.goto('?chart=partners&country=KAZ&year=2022');
  await waitForPanel(dashboard, 'trade');
  const five = dashboard.trade.getByRole('region', { name: /China’s and Russia’s shares of each state’s trade, 2022/ });
  const kgz = five.getByRole('listitem').filter({ hasText: 'Kyrgyzstan' });
  const [world, china] = [figure('KGZ', 'WORLD', 2022), figure('KGZ', 'CHN', 2022)];
  expect(world && china, 'Kyrgyzstan 2022 in the fixture').toBeTruthy();
  await expect(kgz).toContainText(formatShare((china ?? 0) / (world ?? 1)));
  await expect(five.getByRole('listitem').filter({ hasText: 'Turkmenistan' })).toContainText('(its partners’ figures)');
  await expect(five.locator('[aria-current="true"]')).toContainText('Kazakhstan');
});

test('the table and the CSV hold the figures on screen, with their sources', async ({ dashboard, page }) => {
  await dashboard.goto('?chart=partners&country=KAZ&from=2018&to=2023&year=2023');
  await waitForPanel(dashboard, 'trade');
  await dashboard.trade.getByRole('button', { name: 'Table' }).click();
  const table = dashboard.trade.getByRole('table', { name: /share of its trade with the world, 2018–2023/ });
  await expect(table.getByRole('row')).toHaveCount(1 + 6);
  const shareOnScreen = await table
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: '2023', exact: true }) })
    .getByRole('cell')
    .first()
    .textContent();

  await dashboard.trade.getByRole('button', { name: 'Download' }).click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    dashboard.trade.getByRole('menuitem', { name: 'CSV data' }).click(),
  ]);
  expect(file.suggestedFilename()).toBe('kazakhstan-trade-by-partner-2018-2023.csv');
  const [header, ...rows] = parseCsv(await readFile(await file.path(), 'utf8'));
  expect(header).toEqual([
    'year',
    'reporter',
    'partner',
    'partner_name',
    'flow',
    'value_usd',
    'share_of_world',
    'basis',
    'confidence',
    'source',
    'source_url',
    'note',
  ]);
  const china2023 = rows.find((r) => r[0] === '2023' && r[2] === 'CHN');
  expect(china2023?.[5]).toBe(String(figure('KAZ', 'CHN', 2023)));
  expect(formatShare(Number(china2023?.[6]))).toBe(shareOnScreen);
  expect(china2023?.[7]).toBe('national-statistics');
  expect(china2023?.[10]).toMatch(/^https:\/\//);
  expect(rows.every((r) => Number(r[0]) >= 2018 && Number(r[0]) <= 2023)).toBe(true);
});

test('embedded alone, and on a phone, with no serious accessibility violation', async ({ dashboard, page }) => {
  await dashboard.goto('?embed=trade&chart=partners&country=TKM');
  await waitForPanel(dashboard, 'trade');
  await expect(dashboard.tradeTitle).toHaveText('Turkmenistan’s trade by partner');
  await expect(dashboard.trade.getByText(/no figures of Turkmenistan’s own/).first()).toBeVisible();
  await expect(page).toHaveNoSeriousA11yViolations();
  await page.setViewportSize({ width: 390, height: 844 });
  await dashboard.goto('?chart=partners&country=UZB');
  await waitForPanel(dashboard, 'trade');
  await expect(page).toHaveNoSeriousA11yViolations();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test('the map shows China’s share of each state’s trade, with its legend, tooltip and a link', async ({
  dashboard,
  page,
}) => {
  await dashboard.goto();
  await dashboard.waitForData();
  await dashboard.map.getByRole('button', { name: 'China’s share', exact: true }).click();
  await dashboard.expectParam('map', 'share');
  await expect(
    dashboard.map.getByText(/^China’s share of each state’s trade, \d{4} · % of the state’s total trade/),
  ).toBeVisible();
  await expect(dashboard.map.getByRole('list', { name: 'Colour scale' })).toContainText('10% – 20%');

  const year = Number(await dashboard.map.getByLabel('Year', { exact: true }).inputValue());
  const [world, china] = [figure('KGZ', 'WORLD', year), figure('KGZ', 'CHN', year)];
  expect(world && china, `Kyrgyzstan ${year} in the fixture`).toBeTruthy();
  await dashboard.country('Kyrgyzstan').hover();
  await expect(dashboard.mapTooltip).toContainText(`${formatShare((china ?? 0) / (world ?? 1))} in ${year}`);
  await expect(dashboard.mapTooltip).toContainText(/the state’s statistics office|IMF DOTS, the state as reporter/);
  await dashboard.country('Turkmenistan').hover();
  await expect(dashboard.mapTooltip).toContainText('a mirror estimate from partners’ figures');

  await dashboard.goto('?map=share&year=2015&embed=map');
  await expect(dashboard.map.getByLabel('Year', { exact: true })).toHaveValue('2015');
  await expect(dashboard.country('Kazakhstan')).toHaveAttribute(
    'aria-label',
    /^Kazakhstan: [\d.]+% China’s share of its trade in 2015/,
  );
  await expect(page).toHaveNoSeriousA11yViolations();
});

test('the view by partner downloads as SVG and PNG with its title, legend and sources', async ({ dashboard, page }) => {
  await dashboard.goto('?chart=partners&country=KGZ');
  await waitForPanel(dashboard, 'trade');
  const save = async (item: string) => {
    await dashboard.trade.getByRole('button', { name: 'Download' }).click();
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      dashboard.trade.getByRole('menuitem', { name: item, exact: true }).click(),
    ]);
    return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
  };
  const svg = await save('SVG image');
  expect(svg.name).toMatch(/^kyrgyzstan-trade-by-partner-\d{4}-\d{4}\.svg$/);
  const text = svg.bytes.toString('utf8');
  for (const words of ['Kyrgyzstan’s trade by partner', 'Russia', 'All other partners', 'Source'])
    expect(text).toContain(words);
  expect(text).toContain('<path');
  const png = await save('PNG image');
  expect(png.name).toMatch(/\.png$/);
  expect(png.bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
});
