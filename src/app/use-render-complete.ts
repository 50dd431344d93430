import { useQueries } from '@tanstack/react-query';
import { useEffect } from 'react';
import { countriesQuery, eventsQuery, sourcesQuery, topologyQuery, tradeQuery } from '../data/queries';

/**
 * Marks `#root` with `data-render-complete` once every data file has settled and the fonts are in,
 * so that automated screenshots (briefing slides) wait for the finished page.
 */
export function useRenderComplete(): void {
  const settled = useQueries({
    queries: [tradeQuery(), topologyQuery(), eventsQuery(), countriesQuery(), sourcesQuery()],
    combine: (results) => results.every((r) => !r.isPending),
  });
  useEffect(() => {
    const root = document.getElementById('root');
    if (!settled || !root) return;
    let cancelled = false;
    void document.fonts.ready.then(() => {
      // One frame later the settled data has been drawn.
      requestAnimationFrame(() => {
        if (!cancelled) root.dataset.renderComplete = 'true';
      });
    });
    return () => {
      cancelled = true;
      delete root.dataset.renderComplete;
    };
  }, [settled]);
}
