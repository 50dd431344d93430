import { expect, test } from './fixtures';
import { CHART_LINES, CHART_SURFACE, VALUE_LABELS, YEAR_LABELS } from './helpers/chart-parts';

test('country, measure, reporter and range update the chart, the URL and the table alike', async ({
  dashboard,
  page,
}) => {
  await dashboard.goto();
  await dashboard.waitForData();

  await dashboard.tradeControl('Country').selectOption({ label: 'Kyrgyzstan' });
  await dashboard.expectParam('country', 'KGZ');
  await expect(dashboard.tradeTitle).toHaveText('Total trade: China and Kyrgyzstan');

  await dashboard.tradeControl('From').selectOption('2015');
  await dashboard.expectParam('from', '2015');
  await dashboard.tradeControl('To').selectOption('2024');
  await dashboard.expectParam('to', '2024');
  await expect(dashboard.trade.getByText(/annual · 2015–2024 ·/)).toBeVisible();
  await expect(dashboard.chart.locator(YEAR_LABELS).first()).toHaveText('2015');

  await dashboard.tradeControl('Reported by').selectOption('both');
  await dashboard.expectParam('reporter', 'both');
  await expect(dashboard.chart.locator(CHART_LINES)).toHaveCount(2);
  await expect(dashboard.trade.getByRole('complementary', { name: 'Why the two sides differ' })).toContainText(
    'declared destination',
  );

  await dashboard.tradeControl('Measure').selectOption('china_exports');
  await dashboard.expectParam('flow', 'china_exports');
  await expect(dashboard.tradeTitle).toHaveText('China’s exports: China and Kyrgyzstan');

  await dashboard.trade.getByRole('button', { name: 'Table' }).click();
  const table = dashboard.trade.getByRole('table');
  await expect(table.getByRole('caption')).toHaveText('China’s exports: China and Kyrgyzstan, 2015–2024');
  await expect(table.getByRole('row')).toHaveCount(1 + 10);
  await expect(table.getByRole('columnheader', { name: /^Gap \(China − Kyrgyzstan\)/ })).toBeVisible();
  // 2024 has both sides' totals but no split by flow on Kyrgyzstan's side: a gap, not a zero.
  const row2024 = table.getByRole('row', { name: /^2024/ });
  await expect(row2024.getByRole('cell').nth(1)).toHaveText('no data');

  await page.goBack();
  await dashboard.expectParam('flow', null);
  // The open table is part of the link, not a step of its own: Back returns to the view before, table and all.
  await dashboard.expectParam('table', null);
  await dashboard.trade.getByRole('button', { name: 'Table' }).click();
  await expect(table.getByRole('caption')).toHaveText('Total trade: China and Kyrgyzstan, 2015–2024');
  await expect(table.getByRole('row', { name: /^2024/ }).getByRole('cell').first()).toHaveText('$22.7 bn');
});

test('with both reporters, the gap is given for the chosen year, also when one side has no total', async ({
  dashboard,
}) => {
  // Tajikistan's statistics have no 2025 total yet; China's customs have one.
  await dashboard.goto('?country=TJK&reporter=both');
  await dashboard.waitForData();
  const gap = dashboard.trade.getByRole('paragraph').filter({ hasText: /^China’s figure against Tajikistan’s:/ });
  // No unlabelled figure: a year without both sides says so and names the nearest year that has them.
  await expect(gap).toContainText(
    /2025: no total from both sides · the nearest year with both, 2024: China’s figure is \$[\d.]+ (bn|mn) \([\d.]+%\) above Tajikistan’s · at the range’s start, 1992: /,
  );
  await dashboard.tradeControl('Figures for').selectOption('2015');
  await expect(gap).toContainText(
    /2015: China’s figure is \$[\d.]+ (bn|mn) \([\d.]+%\) (above|below) Tajikistan’s · at the range’s start, 1992: /,
  );
});

test('the range brush: dragging an end, the window or pressing the strip sets the years, one history step each', async ({
  dashboard,
  page,
}) => {
  await dashboard.goto();
  await dashboard.waitForData();
  const years = { first: 1992, last: 2025 };
  await expect(dashboard.rangeBrush).toHaveAccessibleName('Years shown: 1992–2025');

  const first = dashboard.trade.getByRole('slider', { name: 'First year shown' });
  const last = dashboard.trade.getByRole('slider', { name: 'Last year shown' });

  // The first end, dragged from 1992 to 2010.
  await dashboard.dragBrush(first, 2010, years);
  await dashboard.expectParam('from', '2010');
  await dashboard.expectParam('to', null);
  await expect(dashboard.trade.getByText(/annual · 2010–2025 ·/)).toBeVisible();
  await expect(dashboard.chart.locator(YEAR_LABELS).first()).toHaveText('2010');
  await expect(dashboard.tradeControl('From')).toHaveValue('2010');

  // The last end, pulled back to 2020.
  await dashboard.dragBrush(last, 2020, years);
  await dashboard.expectParam('to', '2020');

  // The window 2010–2020, moved five years earlier whole.
  await dashboard.dragBrush(2015, 2010, years);
  await dashboard.expectParam('from', '2005');
  await dashboard.expectParam('to', '2015');
  await expect(dashboard.rangeBrush).toHaveAccessibleName('Years shown: 2005–2015');

  // A press on a handle that does not move takes the focus and changes nothing, on the grip outside the
  // window as on the part of the handle inside it.
  const firstBox = await first.boundingBox();
  if (!firstBox) throw new Error('the handle is not drawn');
  for (const x of [firstBox.x + 3, firstBox.x + firstBox.width - 3]) {
    await page.mouse.click(x, firstBox.y + firstBox.height / 2);
    await expect(first).toBeFocused();
    await dashboard.expectParam('from', '2005');
  }

  // A press on the strip before the window brings the first end there.
  await dashboard.dragBrush(1998, 1998, years);
  await dashboard.expectParam('from', '1998');
  await dashboard.expectParam('to', '2015');

  // Each drag was one step back.
  await page.goBack();
  await dashboard.expectParam('from', '2005');
  await page.goBack();
  await dashboard.expectParam('from', '2010');
  await dashboard.expectParam('to', '2020');
  await page.goBack();
  await dashboard.expectParam('to', null);
  await expect(dashboard.rangeBrush).toHaveAccessibleName('Years shown: 2010–2025');
});

test('each end of the range brush is a slider for the keyboard; a run of keys is one history step', async ({
  dashboard,
  page,
}) => {
  await dashboard.goto('?from=2000');
  await dashboard.waitForData();
  const last = dashboard.trade.getByRole('slider', { name: 'Last year shown' });
  const first = dashboard.trade.getByRole('slider', { name: 'First year shown' });
  await expect(first).toHaveAttribute('aria-valuenow', '2000');
  await expect(first).toHaveAttribute('aria-valuemin', '1992');

  await last.focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('PageDown');
  await dashboard.expectParam('to', '2018');
  await expect(last).toHaveAttribute('aria-valuenow', '2018');
  await expect(first).toHaveAttribute('aria-valuemax', '2017');
  await expect(dashboard.trade.getByText(/annual · 2000–2018 ·/)).toBeVisible();

  // Tab to the other end, and Home takes it to the first year with data.
  await page.keyboard.press('Shift+Tab');
  await expect(first).toBeFocused();
  await page.keyboard.press('Home');
  await dashboard.expectParam('from', null);
  await page.keyboard.press('End');
  await dashboard.expectParam('from', '2017');

  // Back undoes the first end's run, then the last end's, each in one step.
  await page.goBack();
  await dashboard.expectParam('from', '2000');
  await dashboard.expectParam('to', '2018');
  await page.goBack();
  await dashboard.expectParam('to', null);
  await expect(last).toHaveAttribute('aria-valuenow', '2025');

  // After Back, a key starts a new run: it does not overwrite the entry Back went to.
  await first.focus();
  await page.keyboard.press('ArrowRight');
  await dashboard.expectParam('from', '2001');
  await page.goBack();
  await dashboard.expectParam('from', '2000');
});

test('the other states’ charts are kept drawn and follow every choice, so a new state shows at once', async ({
  dashboard,
}) => {
  await dashboard.goto('?reporter=both');
  await dashboard.waitForData();
  // Hidden, they are out of the accessibility tree: one chart is seen, five are drawn.
  await expect(dashboard.trade.locator('figure')).toHaveCount(5);
  await expect(dashboard.chart).toHaveCount(1);

  // A new measure, then at once a new state: the state's chart must not show the old measure.
  await dashboard.tradeControl('Measure').selectOption('china_exports');
  await dashboard.tradeControl('Country').selectOption({ label: 'Uzbekistan' });
  await expect(dashboard.chart).toHaveCount(1);
  await expect(dashboard.chart).toHaveAccessibleName(
    /^China’s exports: China and Uzbekistan, \d{4}–\d{4}, line chart$/,
  );
  await expect(dashboard.chart.getByText('Uzbekistan’s statistics')).toBeVisible();
  await expect(dashboard.chart.locator(CHART_LINES)).toHaveCount(2);
});

test('focus on an event mark stays on that mark when Back shows another state’s chart', async ({ dashboard, page }) => {
  await dashboard.goto('?from=2015');
  await dashboard.waitForData();
  await dashboard.tradeControl('Country').selectOption({ label: 'Kyrgyzstan' });
  await expect(dashboard.tradeTitle).toHaveText('Total trade: China and Kyrgyzstan');
  const mark = dashboard.eventMark(/^1st China–Central Asia Summit/);
  await mark.focus();
  await page.goBack();
  await expect(dashboard.tradeTitle).toHaveText('Total trade: China and Kazakhstan');
  await expect(mark).toBeFocused();
});

test('a tooltip’s figure is the table’s figure for the same year', async ({ dashboard, page }) => {
  await dashboard.goto('?country=KGZ&from=2015&to=2024');
  await dashboard.waitForData();
  // The fifth point of China's line: 2019.
  const point = dashboard.chart.locator('.chart-dots circle').nth(4);
  const tooltip = dashboard.chart.locator('.chart-tooltip');
  // On a busy machine the first pointer move can land before the chart has measured itself: move again.
  await expect(async () => {
    await point.hover({ force: true });
    await expect(tooltip).toBeVisible({ timeout: 1000 });
  }).toPass();
  const year = (await tooltip.locator('.chart-tooltip-label').textContent()) ?? '';
  const figure = (await tooltip.locator('strong').first().textContent()) ?? '';
  expect(year).toBe('2019');
  expect(figure).toMatch(/^\$\d+(\.\d)? (bn|mn)$/);

  await dashboard.trade.getByRole('button', { name: 'Table' }).click();
  const row = dashboard.trade.getByRole('table').getByRole('row', { name: new RegExp(`^${year}`) });
  await expect(row.getByRole('cell').first()).toHaveText(figure);
  await page.keyboard.press('Escape');
});

test('the change on the year before: bars, a title, a tooltip and a table that agree, kept in the URL', async ({
  dashboard,
  page,
}) => {
  await dashboard.goto('?country=KGZ&from=2015&to=2024');
  await dashboard.waitForData();
  await dashboard.trade.getByRole('button', { name: '% on year before' }).click();
  await dashboard.expectParam('growth', '1');
  await expect(dashboard.tradeTitle).toHaveText('Total trade, change on the year before: China and Kyrgyzstan');
  await expect(dashboard.chart).toHaveAccessibleName(/^Total trade, change on the year before: .*, bar chart$/);
  await expect(dashboard.chart.locator(VALUE_LABELS).last()).toHaveText(/%$/);
  // China's customs give no 2021 figure: no bar for 2021 or 2022, and the note says so.
  await expect(dashboard.trade.getByText(/No change where a year or the year before has no figure/)).toContainText(
    'China’s customs: 2021–2022',
  );

  // 2024 on 2023: $19.8 bn → $22.7 bn, +14.7 %, in the tooltip of the last bar and in the table.
  const tooltip = dashboard.chart.locator('.chart-tooltip');
  const plot = dashboard.chart.locator('.recharts-surface');
  await expect(async () => {
    const box = await plot.boundingBox();
    if (!box) throw new Error('no chart');
    await page.mouse.move(box.x + box.width - 30, box.y + box.height / 2);
    await expect(tooltip).toBeVisible({ timeout: 1000 });
  }).toPass();
  await expect(tooltip.locator('.chart-tooltip-label')).toHaveText('2024');
  await expect(tooltip.locator('strong')).toHaveText('+14.7%');
  await expect(tooltip).toContainText('$19.8 bn in 2023 → $22.7 bn');
  await dashboard.trade.getByRole('button', { name: 'Table' }).click();
  const table = dashboard.trade.getByRole('table');
  await expect(table.getByRole('columnheader', { name: 'China’s customs: change on previous year' })).toBeVisible();
  const row = table.getByRole('row', { name: /^2024/ });
  await expect(row.getByRole('cell').nth(0)).toHaveText('+14.7%');
  await expect(row.getByRole('cell').nth(1)).toHaveText('$22.7 bn');
  await dashboard.trade.getByRole('button', { name: 'Table' }).click();

  // From a tiny base (1992) growth runs to hundreds of per cent: the bar is cut, and the chart says so.
  await dashboard.tradeControl('From').selectOption('1992');
  await expect(dashboard.trade.getByText(/^Bars cut at \+300%/)).toContainText('1993, China’s customs +');
  await expect(dashboard.chart.locator('.chart-cut-mark').first()).toBeAttached();

  // A balance crosses zero: its change is refused, with the reason, and the balance is drawn.
  await dashboard.tradeControl('Measure').selectOption('balance');
  await expect(dashboard.trade.getByRole('status').filter({ hasText: 'not drawn for the balance' })).toBeVisible();
  await expect(dashboard.chart).toHaveAccessibleName(/^China’s trade balance: .*line chart$/);
  const percent = dashboard.trade.getByRole('button', { name: '% on year before' });
  await expect(percent).toHaveAttribute('aria-disabled', 'true');
  await expect(percent).toHaveAccessibleDescription(/crosses zero/);
  await expect(dashboard.trade.getByRole('button', { name: 'US$' })).toHaveAttribute('aria-pressed', 'true');

  await dashboard.trade.getByRole('button', { name: 'US$' }).click();
  await dashboard.expectParam('growth', null);
});

test('the comparison view shows the five, stacked or as lines, and ranks them', async ({ dashboard, page }) => {
  await dashboard.goto('?year=2024');
  await dashboard.waitForData();
  await dashboard.trade.getByRole('button', { name: 'All five' }).click();
  await dashboard.expectParam('chart', 'compare');
  await expect(dashboard.tradeTitle).toHaveText('Total trade: China and the five Central Asian states');
  await expect(dashboard.chart.locator(CHART_LINES)).toHaveCount(5);

  const ranking = dashboard.trade.getByRole('table');
  await expect(ranking.getByRole('row')).toHaveCount(1 + 5);
  await expect(ranking.getByRole('row').nth(1)).toContainText('Kazakhstan');
  await expect(ranking.getByRole('row').nth(1)).toContainText('$43.8 bn');
  await expect(ranking.getByRole('caption')).toContainText('regional (CA5) total');

  await dashboard.trade.getByRole('button', { name: 'Stacked area' }).click();
  await expect(dashboard.chart.locator('.recharts-area-area')).toHaveCount(5);
  await expect(dashboard.trade.getByText(/only years in which all five states have a figure/)).toBeVisible();

  // The meetings and summits are marked on the comparison's time axis as on one state's chart.
  const summit = dashboard.eventMark(/^2nd China–Central Asia Summit/);
  await summit.click();
  await dashboard.expectParam('event', 'cc5-summit-02');
  await expect(summit).toHaveAttribute('aria-pressed', 'true');
  await expect(dashboard.meeting(/2nd summit/)).toHaveAttribute('aria-expanded', 'true');

  await page.reload();
  await expect(dashboard.tradeTitle).toHaveText('Total trade: China and the five Central Asian states');
});

test('event marks name the meeting on hover and select it on click', async ({ dashboard }) => {
  await dashboard.goto('?country=KGZ&from=2015&to=2024');
  await dashboard.waitForData();
  const summit = dashboard.eventMark(/^1st China–Central Asia Summit/);
  await summit.hover();
  await expect(dashboard.trade.getByText(/^Summit: 1st China–Central Asia Summit, 18–19 May 2023/)).toBeVisible();
  await summit.click();
  await dashboard.expectParam('event', 'cc5-summit-01');
  await expect(summit).toHaveAttribute('aria-pressed', 'true');
  await expect(dashboard.meeting(/1st summit/)).toHaveAttribute('aria-expanded', 'true');

  // Keyboard: focus names it, Enter clears the selection again.
  await summit.focus();
  await summit.press('Enter');
  await dashboard.expectParam('event', null);
  // The 2025 meetings lie outside the range and have no mark.
  await expect(dashboard.eventMark(/^2nd China–Central Asia Summit/)).toHaveCount(0);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('crowded event marks take more rows, above the caption, not over it', async ({ dashboard }) => {
    await dashboard.goto();
    await dashboard.waitForData();
    const marks = dashboard.trade
      .getByRole('group', { name: 'Meetings and summits on the time axis' })
      .getByRole('button');
    await expect(marks.first()).toBeVisible();
    // Read together, in one frame: the lowest mark's bottom and the caption's top.
    const { lowest, captionTop, count } = await dashboard.trade.locator('.event-marks').evaluate((strip) => ({
      lowest: Math.max(...[...strip.querySelectorAll('button')].map((b) => b.getBoundingClientRect().bottom)),
      captionTop: strip.querySelector('.event-caption')?.getBoundingClientRect().top ?? 0,
      count: strip.querySelectorAll('button').length,
    }));
    expect(count).toBeGreaterThan(4);
    expect(lowest).toBeLessThanOrEqual(captionTop + 1);
  });

  test('the range brush’s handles stay apart on the shortest window, and each still drags', async ({ dashboard }) => {
    await dashboard.goto('?from=2014&to=2015');
    await dashboard.waitForData();
    const years = { first: 1992, last: 2025 };
    const first = dashboard.trade.getByRole('slider', { name: 'First year shown' });
    const last = dashboard.trade.getByRole('slider', { name: 'Last year shown' });
    await first.scrollIntoViewIfNeeded();
    const [firstBox, lastBox] = await Promise.all([first.boundingBox(), last.boundingBox()]);
    if (!firstBox || !lastBox) throw new Error('the handles are not drawn');
    expect(firstBox.x + firstBox.width).toBeLessThanOrEqual(lastBox.x);

    await dashboard.dragBrush(last, 2018, years);
    await dashboard.expectParam('to', '2018');
    await dashboard.dragBrush(first, 2010, years);
    await dashboard.expectParam('from', '2010');
    await expect(dashboard.rangeBrush).toHaveAccessibleName('Years shown: 2010–2018');
  });
});

test('the table names the source of each row, linked, and shows exact values on request', async ({ dashboard }) => {
  await dashboard.goto('?country=KGZ&from=2015&to=2024');
  await dashboard.waitForData();
  await dashboard.trade.getByRole('button', { name: 'Table' }).click();
  const table = dashboard.trade.getByRole('table');
  await expect(table.getByRole('columnheader', { name: 'Source' })).toBeVisible();
  const row = table.getByRole('row', { name: /^2024/ });
  await expect(row.getByRole('cell').first()).toHaveText('$22.7 bn');
  await expect(
    row.getByRole('link', { name: 'The Astana Times (citing Kazinform and China customs)' }),
  ).toHaveAttribute('href', /^https:\/\/astanatimes\.com\//);
  await dashboard.trade.getByRole('checkbox', { name: /Exact values/ }).check();
  await expect(row.getByRole('cell').first()).toHaveText('$22,710,000,000');
  await dashboard.trade.getByRole('checkbox', { name: /Exact values/ }).uncheck();
  await expect(row.getByRole('cell').first()).toHaveText('$22.7 bn');
});

test('“which of the five grew fastest since 2015?”: CAGR in the ranking, an index, the change on the year before, a log scale, all in the link', async ({
  dashboard,
  page,
}) => {
  await dashboard.goto('?chart=compare&from=2015');
  await dashboard.waitForData();
  const ranking = dashboard.trade.getByRole('table');
  await expect(ranking.getByRole('columnheader', { name: 'Growth a year (CAGR) over the range' })).toBeVisible();
  await expect(ranking.getByRole('row', { name: /Kazakhstan/ })).toContainText(/[+−]\d+\.\d% \(2015–\d{4}\)/);

  await dashboard.trade.getByLabel('Values', { exact: true }).selectOption('index');
  await dashboard.expectParam('values', 'index');
  await expect(dashboard.chart).toHaveAccessibleName(/index, base year = 100, line chart$/);
  await expect(dashboard.trade.getByText(/^Base year 2015/)).toBeVisible();
  await dashboard.trade.getByLabel('Base year', { exact: true }).selectOption('2018');
  await dashboard.expectParam('base', '2018');
  await expect(dashboard.trade.getByText(/^Base year 2018: /)).toBeVisible();

  await dashboard.trade.getByLabel('Values', { exact: true }).selectOption('yoy');
  await expect(dashboard.chart).toHaveAccessibleName(/% change on the year before, line chart$/);

  await dashboard.trade.getByLabel('Values', { exact: true }).selectOption('usd');
  await dashboard.trade.getByRole('checkbox', { name: 'Log scale' }).check();
  await dashboard.expectParam('log', '1');
  await expect(dashboard.chart).toHaveAccessibleName(/line chart on a log scale$/);
  await page.reload();
  await expect(page.locator('#root')).toHaveAttribute('data-render-complete', 'true');
  await expect(dashboard.trade.getByRole('checkbox', { name: 'Log scale' })).toBeChecked();
});

/** Every number in the chart's lines and axis labels, in drawing order, with the labels' text. */
async function chartGeometry(chart: import('@playwright/test').Locator, renderer: 'plain' | 'recharts') {
  const numbers = (d: string | null) => (d?.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
  const lines = await chart
    .locator(renderer === 'plain' ? '.plain-chart-line' : '.recharts-line-curve')
    .evaluateAll((paths) => paths.map((p) => p.getAttribute('d')));
  const labels = await chart
    .locator(
      renderer === 'plain'
        ? '.plain-chart-x-labels text, .plain-chart-y-labels text'
        : `${YEAR_LABELS}, ${VALUE_LABELS}`,
    )
    .evaluateAll((texts) => texts.map((t) => [t.getAttribute('x'), t.getAttribute('y'), t.textContent]));
  return { lines: lines.map(numbers), labels };
}

test('the chart is first drawn without Recharts, and Recharts takes over to the pixel when a reader comes', async ({
  dashboard,
  page,
}) => {
  await dashboard.goto('?reporter=both');
  await dashboard.waitForData();
  await expect(dashboard.chart.locator('.recharts-surface')).toHaveCount(0);
  const plain = await chartGeometry(dashboard.chart, 'plain');
  expect(plain.lines).toHaveLength(2);

  // By keyboard: the focus reaches the plain chart, and stays on the chart as Recharts replaces it.
  await dashboard.chart.locator(CHART_SURFACE).focus();
  const surface = dashboard.chart.locator('svg.recharts-surface');
  await expect(surface).toBeFocused();
  const drawn = await chartGeometry(dashboard.chart, 'recharts');
  expect(drawn.lines.map((line) => line.length)).toEqual(plain.lines.map((line) => line.length));
  drawn.lines.forEach((line, i) =>
    line.forEach((value, k) => expect(value).toBeCloseTo(plain.lines[i]?.[k] ?? Number.NaN, 0)),
  );
  expect(drawn.labels.map(([, , text]) => text)).toEqual(plain.labels.map(([, , text]) => text));
  drawn.labels.forEach(([x, y], i) => {
    expect(Number(x)).toBeCloseTo(Number(plain.labels[i]?.[0]), 0);
    expect(Number(y)).toBeCloseTo(Number(plain.labels[i]?.[1]), 0);
  });
  // Recharts' keyboard walk through the years shows the tooltip.
  await page.keyboard.press('ArrowRight');
  await expect(dashboard.chart.locator('.chart-tooltip')).toBeVisible();
});
