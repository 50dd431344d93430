import type { PanelName } from '../data/codes';
import type { FetchedFile } from '../data/schemas';
import type { ViewState } from './url-state';

/** The panels a view draws: one in an embed, the map and the chart on a briefing slide, else all three. */
export function panelsOf(view: Pick<ViewState, 'embed' | 'mode'>): PanelName[] {
  if (view.embed) return [view.embed];
  return view.mode === 'briefing' ? ['map', 'trade'] : ['map', 'trade', 'timeline'];
}

/**
 * Every panel reads the four data files (index.html preloads them); only the map needs the geometry, and
 * only the partners view each state's trade by counterpart.
 */
export function filesOf(view: Pick<ViewState, 'embed' | 'mode' | 'chart' | 'map'>): FetchedFile[] {
  const panels = panelsOf(view);
  const files: FetchedFile[] = ['trade.json', 'countries.json', 'sources.json', 'events.json'];
  if (panels.includes('map')) files.push('central-asia.topo.json');
  const byPartner =
    (panels.includes('trade') && view.chart === 'partners') || (panels.includes('map') && view.map === 'share');
  if (byPartner) files.push('partners.json');
  return files;
}
