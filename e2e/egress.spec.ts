import type { Page } from '@playwright/test';
import { MODES, waitForPanel } from './helpers/panels';
import { expect, test } from './fixtures';

// Zero egress and a strict CSP in every way the dashboard is shown, and proof that the guards in
// e2e/fixtures.ts catch a page that breaks either promise (no real network: outside URLs are routed).

function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

for (const { query, panels } of MODES) {
  test(`"${query || '/'}" loads only from its own origin, with no CSP violation`, async ({
    dashboard,
    page,
    watch,
    baseURL,
  }) => {
    const requested = recordRequests(page);
    const response = await page.goto(`/${query}`);
    expect(response?.headers()['content-security-policy']).toContain("default-src 'self'");
    for (const panel of panels) await waitForPanel(dashboard, panel);
    if (panels.includes('map')) await dashboard.country('Uzbekistan').click();
    if (panels.includes('timeline')) await dashboard.meeting(/1st summit/).click();
    await expect(page.getByRole('link').first()).toBeVisible();

    const origin = new URL(baseURL ?? '').origin;
    expect(requested.some((url) => url.endsWith('/data/trade.json') || url.endsWith('/data/events.json'))).toBe(true);
    expect(requested.filter((url) => new URL(url).origin !== origin)).toEqual([]);
    // index.html preloads the data; the app's fetch must take the preload, not download the file again.
    const dataFiles = requested.map((url) => new URL(url).pathname).filter((path) => path.includes('/data/'));
    expect(dataFiles, 'each data file is requested once').toEqual([...new Set(dataFiles)]);
    expect(
      dataFiles.some((path) => path.endsWith('/central-asia.topo.json')),
      'geometry only with the map',
    ).toBe(panels.includes('map'));
    // The files are checked in a worker, which the strict CSP allows (it is served from the origin).
    expect(
      requested.some((url) => /\/assets\/validation-worker-[\w-]+\.js$/.test(url)),
      'validation worker',
    ).toBe(true);
    expect(watch.foreignRequests).toEqual([]);
    expect(watch.cspViolations).toEqual([]);
  });
}

test('the guard catches a request outside the origin, even without the CSP', async ({ dashboard, page, watch }) => {
  // Serve the page without its CSP header, so that only the request guard stands in the way.
  await page.route(
    (url) => url.pathname === '/',
    async (route) => {
      const response = await route.fetch();
      const headers = { ...response.headers() };
      delete headers['content-security-policy'];
      await route.fulfill({ response, headers });
    },
  );
  await dashboard.goto();
  await dashboard.waitForData();
  await page.evaluate(() => {
    const img = document.createElement('img');
    img.alt = '';
    img.src = 'https://tiles.example.com/0/0/0.png';
    document.body.append(img);
  });
  await expect.poll(() => watch.foreignRequests).toEqual(['https://tiles.example.com/0/0/0.png']);
  expect(watch.cspViolations).toEqual([]);
  // Caught and reported above; cleared so the fixture's own check (which would fail the test) passes.
  watch.foreignRequests.length = 0;
  watch.errors.length = 0;
});

test('the guard catches a CSP violation: an outside fetch, an inline script and an inline style', async ({
  dashboard,
  page,
  watch,
}) => {
  await dashboard.goto();
  await dashboard.waitForData();
  await page.evaluate(async () => {
    await fetch('https://cdn.example.com/lib.js').catch(() => undefined);
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.body.append(script);
    const style = document.createElement('style');
    style.textContent = 'body { color: red }';
    document.head.append(style);
  });
  await expect.poll(() => watch.cspViolations.length).toBe(3);
  expect(watch.cspViolations.join('\n')).toMatch(/connect-src blocked https:\/\/cdn\.example\.com\/lib\.js/);
  expect(watch.cspViolations.join('\n')).toMatch(/script-src-elem blocked inline/);
  expect(watch.cspViolations.join('\n')).toMatch(/style-src-elem blocked inline/);
  expect(await page.evaluate(() => '__inlineRan' in window)).toBe(false);
  // The CSP stopped the fetch before it left the page: nothing reached the network.
  expect(watch.foreignRequests).toEqual([]);
  watch.cspViolations.length = 0;
  watch.errors.length = 0;
});
