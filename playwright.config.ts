import { defineConfig, devices } from '@playwright/test';
import { CURATED_PORT, E2E_PORT, FIXTURE_DATASET, SUB_PATH } from './e2e/server.ts';
import { chromiumLaunchOptions } from './scripts/browser-path.ts';

/** The production build, served at `/` and under a sub-path, with the strict CSP header. */
const serve = (port: number, data?: string) => ({
  command: `npx tsx scripts/serve.ts --port ${port} --base ${SUB_PATH} --csp${data ? ` --data ${data}` : ''}`,
  url: `http://127.0.0.1:${port}/`,
  reuseExistingServer: !process.env.CI,
  timeout: 30_000,
});

const CURATED_SPECS = /(curated-data|first-view-snapshot)\.spec\.ts$/;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  timeout: 30_000,
  // Generous for a shared two-core machine; a failing assertion still fails, only later.
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    trace: 'on-first-retry',
    ...devices['Desktop Chrome'],
    viewport: { width: 1440, height: 900 },
    launchOptions: chromiumLaunchOptions(),
  },
  projects: [
    // Behaviour, on the fixture dataset: any valid data/ passes these.
    {
      name: 'behaviour',
      testIgnore: CURATED_SPECS,
      use: { baseURL: `http://127.0.0.1:${E2E_PORT}/` },
    },
    // The curated data itself: it loads and its figures reach the screen; the build's snapshot of it.
    {
      name: 'curated-data',
      testMatch: CURATED_SPECS,
      use: { baseURL: `http://127.0.0.1:${CURATED_PORT}/` },
    },
  ],
  webServer: [serve(E2E_PORT, FIXTURE_DATASET), serve(CURATED_PORT)],
});
