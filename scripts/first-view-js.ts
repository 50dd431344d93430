/**
 * The JavaScript a view waits for, counted from the requests it makes: the page is loaded in Chromium
 * and every script requested (the entry, its preloads, the chunks and the worker it loads) until the
 * app marks the view drawn (`data-render-complete` on #root) is summed, each file gzipped as a web
 * server would send it. What the page fetches later (Recharts once a reader comes to the chart) is
 * listed apart.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from '@playwright/test';
import { gzipSize } from './perf-budgets.ts';

export interface ViewScripts {
  /** Scripts requested before the view was drawn, with their gzipped sizes, largest first. */
  waitedFor: { file: string; bytes: number }[];
  total: number;
  /** Scripts requested in the next few seconds, after the view was drawn. */
  later: string[];
}

export async function viewScripts(browser: Browser, url: string, dist: string, settleMs = 3000): Promise<ViewScripts> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const requested: string[] = [];
  context.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.endsWith('.js') && !requested.includes(pathname)) requested.push(pathname);
  });
  try {
    await page.goto(url);
    await page.locator('#root[data-render-complete="true"]').waitFor({ state: 'attached', timeout: 60_000 });
    const drawnAt = requested.length;
    await page.waitForTimeout(settleMs);
    const base = new URL(url).pathname;
    const onDisk = (pathname: string) => path.join(dist, pathname.slice(base.length));
    const waitedFor = requested
      .slice(0, drawnAt)
      .map((pathname) => ({ file: pathname.slice(base.length), bytes: gzipSize(readFileSync(onDisk(pathname))) }))
      .sort((a, b) => b.bytes - a.bytes);
    return {
      waitedFor,
      total: waitedFor.reduce((sum, f) => sum + f.bytes, 0),
      later: requested.slice(drawnAt).map((pathname) => pathname.slice(base.length)),
    };
  } finally {
    await context.close();
  }
}
