import { test as base, expect } from '@playwright/test';
import { DashboardPage } from './pages/dashboard-page';

interface Watch {
  /** Console errors and uncaught exceptions seen on the page. */
  errors: string[];
  /** Requests that went anywhere but the page's own origin. */
  foreignRequests: string[];
  /** Content-Security-Policy violations the page reported. */
  cspViolations: string[];
}

interface Fixtures {
  watch: Watch;
  dashboard: DashboardPage;
}

/**
 * Every test runs with the same guards: a request outside the origin is blocked and fails the test,
 * and so does a console error or a CSP violation, unless the test expects and clears them.
 */
export const test = base.extend<Fixtures>({
  watch: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      const watch: Watch = { errors: [], foreignRequests: [], cspViolations: [] };
      await page.route(
        (url) => url.origin !== origin && url.protocol !== 'data:' && url.protocol !== 'blob:',
        async (route) => {
          watch.foreignRequests.push(route.request().url());
          await route.abort('blockedbyclient');
        },
      );
      page.on('console', (message) => {
        if (message.type() === 'error') watch.errors.push(message.text());
      });
      page.on('pageerror', (error) => watch.errors.push(`uncaught: ${error.message}`));
      await page.exposeFunction('__reportCspViolation', (text: string) => watch.cspViolations.push(text));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          const report = (window as unknown as { __reportCspViolation: (t: string) => void }).__reportCspViolation;
          report(`${event.violatedDirective} blocked ${event.blockedURI}`);
        });
      });
      await use(watch);
      expect(watch.foreignRequests, 'requests outside the origin').toEqual([]);
      expect(watch.cspViolations, 'Content-Security-Policy violations').toEqual([]);
      expect(watch.errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
  dashboard: async ({ page }, use) => {
    await use(new DashboardPage(page));
  },
});

export { expect };
