/**
 * The trade panel's charts (Recharts, the largest library on the page) load as their own chunks. These
 * start a load once; calling one as soon as the view is known lets the code arrive with the data instead
 * of after it.
 */
let tradeChart: Promise<typeof import('./components/trade-chart')> | undefined;
let compareView: Promise<typeof import('./components/compare-view')> | undefined;

export const loadTradeChart = () => (tradeChart ??= import('./components/trade-chart'));
export const loadCompareView = () => (compareView ??= import('./components/compare-view'));
