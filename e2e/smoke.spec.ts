import { expect, test } from './fixtures';

test('shows the map, the trade chart and the meetings, with no console error', async ({ dashboard, page }) => {
  await dashboard.goto();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('China–Central Asia Trade & Relations');
  await expect(page.getByText(/^Data as of/)).toContainText(/\d{1,2} \w{3} \d{4}/);
  await dashboard.waitForData();

  for (const name of ['Kazakhstan', 'Kyrgyzstan', 'Tajikistan', 'Turkmenistan', 'Uzbekistan']) {
    await expect(dashboard.country(name)).toHaveAttribute('aria-label', new RegExp(`^${name}: (\\$|no figure)`));
  }
  await expect(dashboard.tradeTitle).toHaveText('Total trade: China and Kazakhstan');
  await expect(dashboard.trade.getByText(/^Sources?:/)).toBeVisible();

  // Every event of events.json, in date order; the last is the summit announced for 2027.
  await expect(dashboard.events.getByRole('listitem')).toHaveCount(30);
  await dashboard.goto('?kinds=foreign-ministers,summit');
  const meetings = dashboard.events.getByRole('listitem');
  // Six foreign ministers' meetings, three summits held and the next one as announced. On the time axis
  // each is a button over its mark, named with its date, title and place.
  await expect(meetings).toHaveCount(10);
  await expect(meetings.last().getByRole('button')).toHaveAccessibleName(/, announced$/);
  await expect(meetings.first().getByRole('button')).toHaveAccessibleName(
    /^16 Jul 2020: 1st foreign ministers’ meeting, by video/,
  );
  await expect(dashboard.meeting(/5th foreign ministers’ meeting/)).toHaveAccessibleName(
    /^1 Dec 2024: 5th foreign ministers’ meeting, Chengdu/,
  );
});

test('the table behind the chart holds the same years and readable figures', async ({ dashboard }) => {
  await dashboard.goto('?country=KGZ&from=2015&to=2024');
  await dashboard.waitForData();
  await dashboard.trade.getByRole('button', { name: 'Table' }).click();
  const table = dashboard.trade.getByRole('table');
  await expect(table.getByRole('row')).toHaveCount(1 + 10);
  await expect(table.getByRole('rowheader').first()).toHaveText('2015');
  await expect(table.getByRole('cell').first()).toHaveText(/^\$\d+(\.\d)? (bn|mn)$|^no data$/);
});
