import { existsSync } from 'node:fs';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/**
 * The Chromium that end-to-end tests launch: `CHROMIUM_PATH` if set, else Debian's `/usr/bin/chromium`
 * when present, else undefined (Playwright's own browser, on machines that can download it).
 */
export function chromiumPath(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  return existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined;
}

/** What `npm test` does for a browser first: use the one found, say the one named is missing, or get one. */
export type BrowserStep =
  { do: 'use'; path: string } | { do: 'fail'; why: string } | { do: 'apt-get' } | { do: 'download' };

export interface Machine {
  chromiumPath: string | undefined;
  exists: (path: string) => boolean;
  isRoot: boolean;
}

/**
 * The browser step for a machine: the Chromium named or found; else Debian's package when root can run
 * apt-get; else Playwright's download.
 */
export function browserStep({ chromiumPath: found, exists, isRoot }: Machine): BrowserStep {
  if (found) {
    return exists(found)
      ? { do: 'use', path: found }
      : { do: 'fail', why: `CHROMIUM_PATH is set to ${found}, but there is no file there.` };
  }
  if (isRoot && exists('/usr/bin/apt-get')) return { do: 'apt-get' };
  return { do: 'download' };
}

/** Headless, as root, on a machine whose network reaches nothing: no sandbox, no GPU, no background calls home. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Launch options for the e2e tests, the bench and the screenshots alike. */
export function chromiumLaunchOptions(): { executablePath?: string; args: string[] } {
  const executablePath = chromiumPath();
  return { ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS };
}
