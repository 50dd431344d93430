import { useQueries } from '@tanstack/react-query';
import { useEffect } from 'react';
import { countriesQuery, eventsQuery, sourcesQuery, mapShapesQuery, partnersQuery, tradeQuery } from '../data/queries';
import { loadChartCode } from '../features/trade/chart-code';
import { filesOf, panelsOf } from './panels';
import type { ViewState } from './url-state';

/**
 * Marks `#root` with `data-render-complete` once every data file the view draws has settled, the chart's
 * code (when a chart is shown) and the fonts are in, so that automated screenshots (briefing slides) wait
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
      // Two frames later the settled data and the chart have been drawn.
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          if (!cancelled) root.dataset.renderComplete = state;
        }),
      );
    });
    return () => {
      cancelled = true;
      delete root.dataset.renderComplete;
    };
  }, [state, withChart, view.chart]);
}
