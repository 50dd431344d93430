/**
 * Runs `run` once the browser has a quiet moment, no sooner than `after` ms from now (at the latest two
 * seconds after that). Returns a function that cancels it. Browsers without `requestIdleCallback` run it
 * when the delay is over.
 */
export function whenIdle(run: () => void, after = 0): () => void {
  let idle: number | undefined;
  const timer = setTimeout(() => {
    if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(run, { timeout: 2000 });
    else run();
  }, after);
  return () => {
    clearTimeout(timer);
    if (idle !== undefined) cancelIdleCallback(idle);
  };
}
