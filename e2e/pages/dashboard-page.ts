import { expect, type Locator, type Page } from '@playwright/test';
import { CHART_LINES } from '../helpers/chart-parts';

/** The dashboard as a person sees it: regions by their headings, controls by their labels. */
export class DashboardPage {
  readonly page: Page;
  readonly map: Locator;
  readonly trade: Locator;
  readonly timeline: Locator;

  constructor(page: Page) {
    this.page = page;
    this.map = page.getByRole('region', { name: 'Trade with China by country' });
    this.trade = page.getByRole('region', { name: /: China and |’s trade by partner$/ });
    this.timeline = page.getByRole('region', { name: 'Meetings and summits' });
  }

  /** Opens the dashboard with the given query, at the root or under a sub-path. */
  async goto(query = '', basePath = '/') {
    await this.page.goto(`${basePath}${query}`);
  }

  country(name: string): Locator {
    return this.map.getByRole('button', { name: new RegExp(`^${name}:`) });
  }

  /** A meeting place on the map (or in the list of places east of it), by its city. */
  place(city: string | RegExp): Locator {
    return this.map.getByRole('button', { name: typeof city === 'string' ? new RegExp(`^${city}:`) : city });
  }

  /** The map's tooltip (hover or focus), or its pinned list of a place's events. */
  get mapTooltip(): Locator {
    return this.map.getByRole('tooltip');
  }

  get placeDialog(): Locator {
    return this.map.getByRole('dialog');
  }

  /** The aria-label of the focused element. */
  async focusedLabel(): Promise<string> {
    return (await this.page.evaluate(() => document.activeElement?.getAttribute('aria-label'))) ?? '';
  }

  /** The zoom transform of the map's drawing; react-simple-maps gives it no accessible handle. */
  async mapScale(): Promise<number> {
    const transform = (await this.map.locator('.rsm-zoomable-group').getAttribute('transform')) ?? '';
    return Number(/scale\(([\d.]+)\)/.exec(transform)?.[1] ?? Number.NaN);
  }

  get tradeTitle(): Locator {
    return this.trade.getByRole('heading', { level: 2 });
  }

  get chart(): Locator {
    return this.trade.getByRole('figure');
  }

  /** A control of the trade panel by its exact label: Country, Measure, Reported by, From, To, Figures for. */
  tradeControl(label: string): Locator {
    return this.trade.getByLabel(label, { exact: true });
  }

  /** The strip of years above the trade chart, named for the years it shows. */
  get rangeBrush(): Locator {
    return this.trade.getByRole('group', { name: /^Years shown:/ });
  }

  /**
   * Drags across the range brush with the mouse: from a year's band to another's; or by a handle's grip
   * (drawn just outside the line where the window begins or ends) until that line is at the start of
   * `toYear` (the first year shown) or at its end (the last).
   */
  async dragBrush(from: Locator | number, toYear: number, bounds: { first: number; last: number }) {
    await this.rangeBrush.scrollIntoViewIfNeeded();
    const box = await this.rangeBrush.locator('.range-brush-track').boundingBox();
    if (!box) throw new Error('the range brush is not drawn');
    const band = box.width / (bounds.last - bounds.first + 1);
    const edgeOf = (year: number) => box.x + (year - bounds.first) * band;
    const y = box.y + box.height / 2;
    let start: number;
    let end: number;
    if (typeof from === 'number') {
      start = edgeOf(from) + band / 2;
      end = edgeOf(toYear) + band / 2;
    } else {
      // The grip is 8 px wide, outside the line: left of the first year's, right of the last year's.
      const isLast = (await from.getAttribute('aria-label')) === 'Last year shown';
      const grip = (year: number) => (isLast ? edgeOf(year + 1) + 4 : edgeOf(year) - 4);
      start = grip(Number(await from.getAttribute('aria-valuenow')));
      end = grip(toYear);
    }
    await this.page.mouse.move(start, y);
    await this.page.mouse.down();
    await this.page.mouse.move(end, y, { steps: 8 });
    await this.page.mouse.up();
  }

  /** The event mark on the trade chart's time axis. */
  eventMark(name: string | RegExp): Locator {
    return this.trade
      .getByRole('group', { name: 'Meetings and summits on the time axis' })
      .getByRole('button', { name });
  }

  /** The timeline's events, an ordered list in date order (marks on wide screens, a list on narrow ones). */
  get events(): Locator {
    return this.timeline.getByRole('list', { name: 'Events in date order' });
  }

  /** An event's button in the timeline, by its accessible name (date, heading, place). */
  meeting(name: string | RegExp): Locator {
    return this.events.getByRole('button', { name });
  }

  /** The open event's details. */
  get eventDetail(): Locator {
    return this.timeline.getByRole('article');
  }

  async expectParam(name: string, value: string | null) {
    await expect
      .poll(() => new URL(this.page.url()).searchParams.get(name), { message: `URL parameter ${name}` })
      .toBe(value);
  }

  async waitForData() {
    await expect(this.map.getByRole('button').first()).toBeVisible();
    await expect(this.chart.locator(CHART_LINES).first()).toBeVisible();
    await expect(this.timeline.getByRole('listitem').first()).toBeVisible();
  }
}
