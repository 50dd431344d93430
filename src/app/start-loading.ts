import { startLoading } from '../data/load-file';
import { loadChartCode } from '../features/trade/chart-code';
import { filesOf, panelsOf } from './panels';
import type { ViewState } from './url-state';

/**
 * Starts the view's data files, the worker that checks them and the chart's code (when the view has a
 * chart). Called by src/boot.ts before the app's script is evaluated; each load starts once. Nothing
 * here may import React: boot.ts must stay small.
 */
export function startView(view: Pick<ViewState, 'embed' | 'mode' | 'chart'>): void {
  startLoading(filesOf(view));
  if (panelsOf(view).includes('trade')) void loadChartCode(view.chart);
}
