import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { whenIdle } from './when-idle';

describe('whenIdle', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('waits for the delay, then for an idle moment', () => {
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => idle.push(callback));
    const run = vi.fn();
    whenIdle(run, 500);
    vi.advanceTimersByTime(499);
    expect(idle).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(run).not.toHaveBeenCalled();
    idle[0]?.();
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs after the delay where the browser has no idle callbacks', () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    const run = vi.fn();
    whenIdle(run, 300);
    vi.advanceTimersByTime(300);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('can be cancelled before and after the delay', () => {
    const cancelIdle = vi.fn();
    vi.stubGlobal('requestIdleCallback', () => 7);
    vi.stubGlobal('cancelIdleCallback', cancelIdle);
    const run = vi.fn();
    whenIdle(run, 100)();
    vi.advanceTimersByTime(200);
    expect(run).not.toHaveBeenCalled();

    const cancel = whenIdle(run, 100);
    vi.advanceTimersByTime(100);
    cancel();
    expect(cancelIdle).toHaveBeenCalledWith(7);
  });
});
