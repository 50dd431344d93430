/**
 * Screenshots of the production build for review and for the README:
 *   npm run build && npx tsx scripts/screenshots.ts [outDir] [query …]
 * Without queries it writes the README's twelve: the page at 1440×900 and 390×844 (whole page), a
 * briefing slide at 1600×900, the same three of the view by partner, and the page's three in Russian and in Chinese. With queries, each query at every viewport, for review.
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

const DESKTOP = { name: 'desktop', width: 1440, height: 900 };
const PHONE = { name: 'phone', width: 390, height: 844 };
const SLIDE = { name: 'slide', width: 1600, height: 900 };
const VIEWPORTS = [DESKTOP, PHONE, SLIDE];

interface Shot {
  file: string;
  query: string;
  viewport: { name: string; width: number; height: number };
  /** The whole page, or the viewport only (a slide is exactly one screen). */
  fullPage: boolean;
}

const README_SHOTS: Shot[] = [
  { file: 'screenshot-desktop.png', query: '', viewport: DESKTOP, fullPage: true },
  { file: 'screenshot-phone.png', query: '', viewport: PHONE, fullPage: true },
  { file: 'screenshot-briefing.png', query: '?mode=briefing&country=KGZ', viewport: SLIDE, fullPage: false },
  // Who each state trades with: Uzbekistan (when China overtook Russia), Kazakhstan (China's share) on a slide.
  {
    file: 'screenshot-partners-desktop.png',
    query: '?embed=trade&chart=partners&country=UZB',
    viewport: DESKTOP,
    fullPage: true,
  },
  {
    file: 'screenshot-partners-phone.png',
    query: '?embed=trade&chart=partners&country=UZB',
    viewport: PHONE,
    fullPage: true,
  },
  {
    file: 'screenshot-partners-briefing.png',
    query: '?mode=briefing&chart=partners&country=KAZ&map=share',
    viewport: SLIDE,
    fullPage: false,
  },
  // The page and a slide as a reader of Russian and of Chinese sees them.
  ...(['ru', 'zh'] as const).flatMap((lang) => [
    { file: `screenshot-${lang}-desktop.png`, query: `?lang=${lang}`, viewport: DESKTOP, fullPage: true },
    { file: `screenshot-${lang}-phone.png`, query: `?lang=${lang}`, viewport: PHONE, fullPage: true },
    {
      file: `screenshot-${lang}-briefing.png`,
      query: `?lang=${lang}&mode=briefing&country=KGZ`,
      viewport: SLIDE,
      fullPage: false,
    },
  ]),
];

const slugOf = (query: string) => query.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '');
const shots: Shot[] = queries.length
  ? queries.flatMap((query) =>
      VIEWPORTS.map((viewport) => ({
        file: `${viewport.name}${slugOf(query) ? `-${slugOf(query)}` : ''}.png`,
        query,
        viewport,
        fullPage: true,
      })),
    )
  : README_SHOTS;

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
  for (const { file, query, viewport, fullPage } of shots) {
    const { width, height } = viewport;
    const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning')
        console.log(`[${viewport.name}${query}] ${m.type()}: ${m.text()}`);
    });
    await page.goto(`http://127.0.0.1:${port}/${query}`);
    await page.waitForSelector('#root[data-render-complete]', { timeout: 20_000 });
    // Let late work settle (the other states' charts are drawn in the background).
    await page.waitForTimeout(1500);
    const target = path.join(outDir, file);
    await page.screenshot({ path: target, fullPage });
    console.log(`wrote ${path.relative(process.cwd(), target)}`);
    await page.close();
  }
  await browser.close();
} finally {
  server.kill();
}
