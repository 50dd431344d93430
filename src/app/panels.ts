import type { PanelName } from '../data/codes';
import type { FetchedFile } from '../data/schemas';
import { viewLanguage } from '../i18n/languages';
import type { ViewState } from './url-state';

/** The panels a view draws: one in an embed, the map and the chart on a briefing slide, else all three. */
export function panelsOf(view: Pick<ViewState, 'embed' | 'mode'>): PanelName[] {
  if (view.embed) return [view.embed];
  return view.mode === 'briefing' ? ['map', 'trade'] : ['map', 'trade', 'timeline'];
}

/**
 * Every panel reads the four data files (index.html preloads them), and the events' words in the
 * language shown; only the map needs the geometry, and only the partners view each state's trade by counterpart.
 */
export function filesOf(
  view: Pick<ViewState, 'embed' | 'mode' | 'chart' | 'map'> & Partial<Pick<ViewState, 'lang'>>,
): FetchedFile[] {
  const panels = panelsOf(view);
  const files: FetchedFile[] = ['trade.json', 'countries.json', 'sources.json', 'events.json'];
  const language = viewLanguage(view.lang ?? null);
  if (language !== 'en') files.push(`events.${language}.json`);
  if (panels.includes('map')) files.push('central-asia.topo.json');
  const byPartner =
    (panels.includes('trade') && view.chart === 'partners') || (panels.includes('map') && view.map === 'share');
  if (byPartner) files.push('partners.json');
  return files;
}
