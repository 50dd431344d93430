import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { SANDBOX_FLAGS } from '../src/app/embed-snippet';
import { expect, test } from './fixtures';
import { E2E_PORT, FIXTURE_DATASET, SUB_PATH } from './server';

/**
 * An intranet page on another origin frames a panel: the dashboard served by a second server, on
 * `localhost` (another origin than the tests' 127.0.0.1), under the strict CSP with the host named in
 * frame-ancestors; the host page under a strict CSP of its own, with no inline script.
 */
const DASHBOARD_PORT = E2E_PORT + 3;
const DASHBOARD = `http://localhost:${DASHBOARD_PORT}`;
const HOST_PORT = E2E_PORT + 4;
const HOST = `http://127.0.0.1:${HOST_PORT}`;
const SRC = `${DASHBOARD}${SUB_PATH}?embed=trade&country=KGZ`;
let server: ChildProcess | undefined;
let host: Server | undefined;

/** The intranet page: a real server (the browser treats a page that no server sent as outside the network). */
const HOST_PAGE = `<!doctype html><title>Intranet</title><h1>Our page</h1>
<iframe id="frame" title="China–Kyrgyzstan trade" src="${SRC.replace(/&/g, '&amp;')}" sandbox="${SANDBOX_FLAGS}"
  width="900" height="300"></iframe>
<script src="${DASHBOARD}${SUB_PATH}embed.js" async></script>`;

test.describe('a host page on another origin', () => {
  test.beforeAll(async () => {
    // Node itself, not npx, so that killing it stops the server.
    server = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'scripts/serve.ts',
        '--port',
        String(DASHBOARD_PORT),
        '--host',
        'localhost',
        '--base',
        SUB_PATH,
        '--csp',
        '--data',
        FIXTURE_DATASET,
        '--frame-ancestors',
        HOST,
      ],
      { stdio: 'ignore' },
    );
    host = createServer((_req, res) => {
      res.writeHead(200, {
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy': `default-src 'none'; script-src ${DASHBOARD}; frame-src ${DASHBOARD}`,
      });
      res.end(HOST_PAGE);
    });
    await new Promise<void>((resolve) => host?.listen(HOST_PORT, '127.0.0.1', resolve));
    await expect
      .poll(async () => (await fetch(`${DASHBOARD}/`).catch(() => null))?.status ?? 0, { timeout: 20_000 })
      .toBe(200);
  });

  test.afterAll(() => {
    server?.kill();
    host?.close();
  });

  test('a host page on another origin, under its own strict CSP, frames a panel that sizes its frame', async ({
    page,
  }) => {
    // The host's and the dashboard's origins are the point of this test: let them through the origin guard.
    await page.route(
      (url) => url.origin === DASHBOARD || url.origin === HOST,
      (route) => route.continue(),
    );
    await page.goto(`${HOST}/intranet.html`);
    const frame = page.frameLocator('#frame');
    await expect(frame.getByRole('region', { name: 'Total trade: China and Kyrgyzstan' })).toBeVisible();
    await expect(frame.getByRole('figure')).toBeVisible();
    // embed.js, served by the dashboard, sets the frame's height to the panel's content: taller than 300 px.
    const frameHeight = () => page.locator('#frame').evaluate((el) => el.clientHeight);
    const contentHeight = () => frame.locator('main').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
    await expect.poll(async () => (await frameHeight()) === (await contentHeight())).toBe(true);
    expect(await frameHeight()).toBeGreaterThan(300);
  });
});

test('a frame sandboxed without allow-same-origin says what it lacks instead of staying blank', async ({
  page,
  watch,
}) => {
  await page.route('**/sandboxed-host.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>Host</title><iframe id="frame" title="Panel" src="${SUB_PATH}?embed=trade"
        sandbox="allow-scripts" width="900" height="400"></iframe>`,
    }),
  );
  await page.goto('/sandboxed-host.html');
  const alert = page.frameLocator('#frame').getByRole('alert');
  await expect(alert).toContainText('This panel cannot load in this frame');
  await expect(alert).toContainText('allow-same-origin');
  // Its modules are refused (the frame has no origin): the browser's console errors are the expected ones.
  watch.errors.length = 0;
});
