import { SUB_PATH } from './server';
import { expect, test } from './fixtures';

// The fixture fails any test that makes a request outside the origin or trips the strict CSP the
// test server sends; these tests make the promise explicit for both ways of serving the build.

test('loads everything from its own origin, under the strict CSP', async ({ dashboard, page, baseURL }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  const response = await page.goto('/');
  expect(response?.headers()['content-security-policy']).toContain("default-src 'self'");
  await dashboard.waitForData();
  const origin = new URL(baseURL ?? '').origin;
  expect(requested.length).toBeGreaterThan(4);
  expect(requested.filter((url) => new URL(url).origin !== origin)).toEqual([]);
  expect(requested.some((url) => url.endsWith('/data/trade.json'))).toBe(true);
});

test('works unchanged from a sub-path, fetching its data relative to itself', async ({ dashboard, page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await dashboard.goto('?country=TJK', SUB_PATH);
  await dashboard.waitForData();
  await expect(dashboard.tradeTitle).toHaveText('Total trade: China and Tajikistan');
  expect(requested).toContain(`${SUB_PATH}data/trade.json`);
  expect(requested).toContain(`${SUB_PATH}data/central-asia.topo.json`);
  expect(requested.filter((p) => !p.startsWith(SUB_PATH))).toEqual([]);
});
