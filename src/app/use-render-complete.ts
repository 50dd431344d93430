import { useQueries } from '@tanstack/react-query';
import { useEffect } from 'react';
import { countriesQuery, eventsQuery, sourcesQuery, mapShapesQuery, partnersQuery, tradeQuery } from '../data/queries';
import { loadChartCode } from '../features/trade/chart-code';
import { filesOf, panelsOf } from './panels';
import type { ViewState } from './url-state';

/** What a panel shows while it is still being drawn: a loading status, or a part whose width is not yet measured. */
const STILL_DRAWING = '.loading-state, [aria-busy="true"]';
/** A panel still drawing after this long is taken as drawn: automation waiting for the page is not held for ever. */
const GIVE_UP_AFTER_MS = 15_000;

/**
 * Marks `#root` with `data-render-complete` once every data file the view draws has settled, the chart's
 * code (when a chart is shown) and the fonts are in, and every panel is drawn, so that automated screenshots (briefing slides) wait
 * for the finished page: `"true"` when every file loaded, `"error"` when one failed (its panel says which),
 * so that automation stops waiting and knows why.
 */
export function useRenderComplete(view: Pick<ViewState, 'embed' | 'mode' | 'chart' | 'map'>): void {
  const panels = panelsOf(view);
  const withMap = panels.includes('map');
  const withChart = panels.includes('trade');
  const state = useQueries({
    queries: [
      tradeQuery(),
      eventsQuery(),
      countriesQuery(),
      sourcesQuery(),
      { ...mapShapesQuery(), enabled: withMap },
      { ...partnersQuery(), enabled: filesOf(view).includes('partners.json') },
    ],
    // A query that is not enabled stays pending without fetching: it is not waited for.
    combine: (results): 'loading' | 'true' | 'error' =>
      !results.every((r) => !r.isPending || r.fetchStatus === 'idle')
        ? 'loading'
        : results.some((r) => r.isError)
          ? 'error'
          : 'true',
  });
  useEffect(() => {
    const root = document.getElementById('root');
    if (state === 'loading' || !root) return;
    let cancelled = false;
    // A chart whose code failed is finished too: it shows its error.
    const chartCode = withChart ? loadChartCode(view.chart).catch(() => undefined) : null;
    void Promise.all([document.fonts.ready, chartCode]).then(() => {
      const started = performance.now();
      // Drawn once no panel says it is loading or measuring (the chart's chunk, a width not yet known),
      // and a frame has passed since.
      const whenDrawn = () => {
        if (cancelled) return;
        const busy = root.querySelector(STILL_DRAWING) !== null && performance.now() - started < GIVE_UP_AFTER_MS;
        if (busy) requestAnimationFrame(whenDrawn);
        else requestAnimationFrame(() => !cancelled && (root.dataset.renderComplete = state));
      };
      requestAnimationFrame(whenDrawn);
    });
    return () => {
      cancelled = true;
      delete root.dataset.renderComplete;
    };
  }, [state, withChart, view.chart]);
}
