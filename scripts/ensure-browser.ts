/**
 * Makes sure a Chromium is there for the end-to-end tests, and says which one.
 * Order: CHROMIUM_PATH, /usr/bin/chromium, Debian's package (as root with apt-get), Playwright's download.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { browserStep, chromiumPath } from './browser-path.ts';

function run(command: string, args: string[]): boolean {
  try {
    execFileSync(command, args, { stdio: 'inherit' });
    return true;
  } catch {
    return false;
  }
}

const step = browserStep({ chromiumPath: chromiumPath(), exists: existsSync, isRoot: process.getuid?.() === 0 });
switch (step.do) {
  case 'use':
    console.log(`e2e browser: ${step.path}`);
    break;
  case 'fail':
    console.error(step.why);
    process.exit(1);
    break;
  case 'apt-get': {
    console.log("e2e browser: none found; installing Debian's chromium with apt-get (as root)…");
    const ok = run('apt-get', ['update', '-qq']) && run('apt-get', ['install', '-y', '-qq', 'chromium']);
    if (!ok || !existsSync('/usr/bin/chromium')) {
      console.error('apt-get could not install chromium. Set CHROMIUM_PATH to a Chromium or Chrome binary.');
      process.exit(1);
    }
    console.log('e2e browser: installed /usr/bin/chromium');
    break;
  }
  case 'download':
    console.log("e2e browser: none found; downloading Playwright's Chromium (npx playwright install chromium)…");
    if (!run('npx', ['playwright', 'install', 'chromium'])) {
      console.error('Could not download a browser. Install Chromium and set CHROMIUM_PATH to it.');
      process.exit(1);
    }
}
