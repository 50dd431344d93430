import { startLoading } from '../data/load-file';
import { loadChartCode } from '../features/trade/chart-code';
import { filesOf, panelsOf } from './panels';
import type { ViewState } from './url-state';

/*
 * What a view loads before React renders, in two steps that src/boot.ts takes apart: its data files
 * (and the worker that checks them), then its chart's code. Each load starts once, however often asked.
 * Nothing here may import React: boot.ts must stay small.
 */

/** Starts the view's data files and the worker that checks them (once `checkAfter` settles, when given). */
export function startData(
  view: Pick<ViewState, 'embed' | 'mode' | 'chart' | 'map'>,
  checkAfter?: Promise<unknown>,
): void {
  startLoading(filesOf(view), checkAfter);
}

/** Starts the code of the view's chart, when it shows one. */
export function startChartCode(view: Pick<ViewState, 'embed' | 'mode' | 'chart'>): void {
  if (panelsOf(view).includes('trade')) void loadChartCode(view.chart);
}

/**
 * Starts downloading the app's script and its chunks (listed by the build in `<meta name="app-modules">`)
 * once the startup screen is painted. Linked from index.html instead, they would be fetched beside the
 * style sheet, and on a slow network the first paint would wait for ~0.2 MB of script it does not need.
 */
export function preloadAppAfterFirstPaint(): void {
  requestAnimationFrame(() => {
    setTimeout(() => {
      const modules = document.querySelector<HTMLMetaElement>('meta[name="app-modules"]')?.content ?? '';
      for (const href of modules.split(' ').filter(Boolean)) {
        const link = document.createElement('link');
        link.rel = 'modulepreload';
        link.crossOrigin = '';
        link.href = href;
        document.head.append(link);
      }
    });
  });
}
