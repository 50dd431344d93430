import { formatDate, formatUsd } from '../src/lib/format';
import { PARTNERS } from '../src/data/codes';
import { chinaTotals, readDataFile } from './helpers/data-files';
import { waitForPanel } from './helpers/panels';
import { expect, test } from './fixtures';

// The curated data in data/, served as it ships. Every expectation is read from the files themselves, so
// these pass with any valid data: they check that the data loads and its figures reach the screen, not
// what the figures are (the behaviour specs do that, on the fixture dataset).

const trade = readDataFile('data', 'trade.json');
const events = readDataFile('data', 'events.json');
const countries = readDataFile('data', 'countries.json');
const nameOf = (iso3: string) => countries.countries.find((c) => c.iso3 === iso3)?.name.en ?? iso3;

test('the curated data loads in every panel, with its date and all its events', async ({ dashboard, page }) => {
  await dashboard.goto();
  await dashboard.waitForData();
  await expect(page.locator('#root')).toHaveAttribute('data-render-complete', 'true');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByText(/^Data as of/)).toContainText(formatDate(trade.asOf));
  await expect(dashboard.events.getByRole('listitem')).toHaveCount(events.events.length);
});

for (const partner of PARTNERS) {
  test(`${partner}: China's reported totals in the table are the figures in data/trade.json`, async ({ dashboard }) => {
    const series = chinaTotals(trade, partner);
    const [first, last] = [series[0]?.year, series.at(-1)?.year];
    test.skip(first === undefined, `no China-reported annual total for ${partner} in data/trade.json`);
    await dashboard.goto(`?country=${partner}&reporter=china&from=${String(first)}&to=${String(last)}`);
    await waitForPanel(dashboard, 'trade');
    await expect(dashboard.tradeTitle).toHaveText(`Total trade: China and ${nameOf(partner)}`);
    await dashboard.trade.getByRole('button', { name: 'Table' }).click();
    const table = dashboard.trade.getByRole('table');
    for (const o of series) {
      const row = table
        .getByRole('row')
        .filter({ has: dashboard.page.getByRole('rowheader', { name: String(o.year), exact: true }) });
      await expect(row).toContainText(formatUsd(o.value));
    }
  });
}

test('the curated trade by partner: China’s figure in the ranking is the one in data/partners.json', async ({
  dashboard,
}) => {
  const partners = readDataFile('data', 'partners.json');
  const annual = (partner: string) =>
    partners.observations.filter(
      (o) => o.reporter === 'KAZ' && o.partner === partner && o.period === 'annual' && o.flow === 'total',
    );
  const worldYears = new Set(annual('WORLD').map((o) => o.year));
  const china = annual('CHN')
    .filter((o) => worldYears.has(o.year))
    .sort((a, b) => b.year - a.year)[0];
  test.skip(!china, 'no China figure with a world total for Kazakhstan in data/partners.json');
  await dashboard.goto(`?chart=partners&country=KAZ&year=${String(china?.year)}`);
  const ranking = dashboard.trade.getByRole('table', { name: /ranked by total trade in/ });
  await expect(ranking.getByRole('row').filter({ hasText: 'China' })).toContainText(formatUsd(china?.value ?? 0));
});
