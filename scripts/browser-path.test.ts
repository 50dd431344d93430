import { describe, expect, it } from 'vitest';
import { browserStep, type Machine } from './browser-path';

const machine = (files: string[], over: Partial<Machine> = {}): Machine => ({
  chromiumPath: undefined,
  exists: (path) => files.includes(path),
  isRoot: false,
  ...over,
});

describe('browserStep', () => {
  it('uses the Chromium named or found', () => {
    expect(browserStep(machine(['/opt/chrome'], { chromiumPath: '/opt/chrome' }))).toEqual({
      do: 'use',
      path: '/opt/chrome',
    });
  });

  it('stops with the path when CHROMIUM_PATH names no file, rather than fetching another browser', () => {
    const step = browserStep(machine(['/usr/bin/apt-get'], { chromiumPath: '/opt/nothing', isRoot: true }));
    expect(step.do).toBe('fail');
    expect(step.do === 'fail' && step.why).toContain('/opt/nothing');
  });

  it("installs Debian's package as root where apt-get is, and downloads Playwright's browser elsewhere", () => {
    expect(browserStep(machine(['/usr/bin/apt-get'], { isRoot: true }))).toEqual({ do: 'apt-get' });
    expect(browserStep(machine(['/usr/bin/apt-get'], { isRoot: false }))).toEqual({ do: 'download' });
    expect(browserStep(machine([], { isRoot: true }))).toEqual({ do: 'download' });
  });
});
