import type { ChartKind } from '../../data/codes';

/**
 * The trade panel's charts (Recharts, the largest library on the page) load as their own chunks. Each
 * loader starts its load once; calling it as soon as the view is known lets the code arrive with the
 * data instead of after it. A panel reads the chunk with React's `use`: the promise is marked fulfilled
 * as React expects, so once the code is in, the first render draws the chart at once instead of showing
 * the fallback and revealing the chart in a later pass.
 */
export type Tracked<T> = Promise<T> & { status?: 'fulfilled'; value?: T };

function once<T>(load: () => Promise<T>): () => Promise<T> {
  let promise: Tracked<T> | undefined;
  return () => {
    if (!promise) {
      const started: Tracked<T> = load();
      // A failed load is React's to report, where the chart would be (components/render-boundary.tsx).
      started.then(
        (value) => Object.assign(started, { status: 'fulfilled', value }),
        () => undefined,
      );
      promise = started;
    }
    return promise;
  };
}

export const loadTradeChart = once(() => import('./components/country-chart-deck'));
export const loadCompareCharts = once(() => import('./components/compare-charts'));
export const loadPartnersCharts = once(() => import('./components/partners-charts'));
/** The view by partner's model: not in the first view's script. */
export const loadPartnersModel = once(() => import('./partners-model'));
/** One state's chart is drawn plainly first; Recharts' drawing of it, with the tooltip, loads apart. */
export const loadInteractiveTradeChart = once(() => import('./components/trade-chart-interactive'));
export const loadGrowthChart = once(() => import('./components/growth-chart'));

/** The code of the chart a view shows: one state's chart, the comparison, or a state's partners. */
export const loadChartCode = (chart: ChartKind): Promise<unknown> =>
  chart === 'compare'
    ? loadCompareCharts()
    : chart === 'partners'
      ? Promise.all([loadPartnersCharts(), loadPartnersModel()])
      : loadTradeChart();
