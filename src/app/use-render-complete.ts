import { useQueries } from '@tanstack/react-query';
import { useEffect } from 'react';
import { countriesQuery, eventsQuery, sourcesQuery, mapShapesQuery, partnersQuery, tradeQuery } from '../data/queries';
import { loadChartCode } from '../features/trade/chart-code';
import { filesOf, panelsOf } from './panels';
import type { ViewState } from './url-state';

/**
 * Marks `#root` with `data-render-complete` once every data file the view draws has settled, the chart's
 * code (when a chart is shown) and the fonts are in, so that automated screenshots (briefing slides) wait
 * for the finished page.
 */
export function useRenderComplete(view: Pick<ViewState, 'embed' | 'mode' | 'chart' | 'map'>): void {
  const panels = panelsOf(view);
  const withMap = panels.includes('map');
  const withChart = panels.includes('trade');
  const settled = useQueries({
    queries: [
      tradeQuery(),
      eventsQuery(),
      countriesQuery(),
      sourcesQuery(),
      { ...mapShapesQuery(), enabled: withMap },
      { ...partnersQuery(), enabled: filesOf(view).includes('partners.json') },
    ],
    // A query that is not enabled stays pending without fetching: it is not waited for.
    combine: (results) => results.every((r) => !r.isPending || r.fetchStatus === 'idle'),
  });
  useEffect(() => {
    const root = document.getElementById('root');
    if (!settled || !root) return;
    let cancelled = false;
    // A chart whose code failed is finished too: it shows its error.
    const chartCode = withChart ? loadChartCode(view.chart).catch(() => undefined) : null;
    void Promise.all([document.fonts.ready, chartCode]).then(() => {
      // Two frames later the settled data and the chart have been drawn.
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          if (!cancelled) root.dataset.renderComplete = 'true';
        }),
      );
    });
    return () => {
      cancelled = true;
      delete root.dataset.renderComplete;
    };
  }, [settled, withChart, view.chart]);
}
