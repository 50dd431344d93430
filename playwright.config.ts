import { defineConfig, devices } from '@playwright/test';
import { E2E_PORT as PORT, SUB_PATH } from './e2e/server.ts';
import { chromiumLaunchOptions } from './scripts/browser-path.ts';

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
    baseURL: `http://127.0.0.1:${PORT}/`,
    trace: 'on-first-retry',
    ...devices['Desktop Chrome'],
    viewport: { width: 1440, height: 900 },
    launchOptions: chromiumLaunchOptions(),
  },
  projects: [{ name: 'chromium' }],
  webServer: {
    // The production build, served at `/` and under a sub-path, with the strict CSP header.
    command: `npx tsx scripts/serve.ts --port ${PORT} --base ${SUB_PATH} --csp`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
