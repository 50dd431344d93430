/**
 * Screenshots of the production build for review and for the README:
 *   npm run build && npx tsx scripts/screenshots.ts [outDir] [query …]
 * Serves dist/ itself on a free loopback port.
 */
import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './browser-path.ts';

const outDir = path.resolve(process.argv[2] ?? 'docs');
const queries = process.argv.slice(3);
const port = 4400 + Math.floor(Math.random() * 500);
const server = spawn('npx', ['tsx', 'scripts/serve.ts', '--port', String(port)], { stdio: 'ignore' });

const VIEWPORTS = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
  { name: 'slide', width: 1600, height: 900 },
];

async function waitForServer(url: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`The server at ${url} did not start.`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

try {
  await waitForServer(`http://127.0.0.1:${port}/`);
  await mkdir(outDir, { recursive: true });
  const browser = await chromium.launch(chromiumLaunchOptions());
  for (const query of queries.length ? queries : ['']) {
    for (const viewport of VIEWPORTS) {
      const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning')
          console.log(`[${viewport.name}${query}] ${m.type()}: ${m.text()}`);
      });
      await page.goto(`http://127.0.0.1:${port}/${query}`);
      await page.waitForSelector('#root[data-render-complete]', { timeout: 20_000 });
      // Chart lines animate in outside briefing mode.
      await page.waitForTimeout(1500);
      const slug = query.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '');
      const file = path.join(outDir, `${viewport.name}${slug ? `-${slug}` : ''}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(`wrote ${path.relative(process.cwd(), file)}`);
      await page.close();
    }
  }
  await browser.close();
} finally {
  server.kill();
}
