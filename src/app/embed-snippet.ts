import type { PanelName, Partner } from '../data/codes';
import { WORDING } from '../data/wording';
import { t } from '../i18n/i18n';
import { serializeView, type ViewState } from './url-state';

/** The message an embedded panel posts to its parent page whenever its content height changes. */
export const RESIZE_MESSAGE = 'c5-dashboard:resize';

export interface ResizeMessage {
  type: typeof RESIZE_MESSAGE;
  panel: PanelName;
  /** Height of the panel's content in CSS pixels. */
  height: number;
}

/** Sandbox flags an embed needs: scripts, its own origin (to fetch data/), downloads, and links opening in a new tab. */
export const SANDBOX_FLAGS =
  'allow-scripts allow-same-origin allow-downloads allow-popups allow-popups-to-escape-sandbox';

/** The address of one panel alone, with the rest of the current view, ready for an iframe. */
export function embedUrl(
  pageUrl: string,
  view: ViewState,
  panel: PanelName,
  transparent: boolean,
  compact = false,
): string {
  const url = new URL(pageUrl);
  url.search = serializeView({ ...view, embed: panel, mode: null, transparent, compact }, url.search);
  url.hash = '';
  return url.toString();
}

/** The host's resize script, served beside the page: a host under a strict CSP then needs no inline script. */
export const EMBED_SCRIPT = 'embed.js';

/**
 * The iframe, with a title that says what it shows, and the dashboard's own `embed.js`, which sizes the
 * frame to the panel's content (it trusts messages from the dashboard's origin only).
 */
export function iframeSnippet(src: string, title: string, initialHeight: number): string {
  const script = new URL(EMBED_SCRIPT, new URL(src)).toString();
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return [
    `<iframe src="${escape(src)}" title="${escape(title)}"`,
    `  width="100%" height="${initialHeight}" loading="lazy" style="border:0"`,
    `  sandbox="${SANDBOX_FLAGS}" allow="clipboard-write"></iframe>`,
    `<script src="${escape(script)}" async></script>`,
  ].join('\n');
}

interface TitleInputs {
  view: Pick<ViewState, 'country' | 'chart' | 'year' | 'map'>;
  names: Readonly<Record<Partner, string>>;
  /** The trade panel's years, as it shows them. */
  range: { from: number; to: number } | null;
  /** The map's year, as it shows it. */
  mapYear: number | null;
}

/** What the frame shows, for its title (read by screen readers): `China–Kyrgyzstan trade, 2010–2024`. */
export function frameTitle(panel: PanelName, { view, names, range, mapYear }: TitleInputs): string {
  if (panel === 'trade') {
    const country = names[view.country];
    if (view.chart === 'partners') return t('app.frame.partners', { country });
    if (view.chart === 'compare')
      return range ? t('app.frame.compareYears', { from: range.from, to: range.to }) : t('app.frame.compare');
    return range
      ? t('app.frame.countryYears', { country, from: range.from, to: range.to })
      : t('app.frame.country', { country });
  }
  if (panel === 'map') {
    const what = view.map === 'share' ? t('app.frame.mapShare') : WORDING.panel.map.frameTitle;
    return mapYear ? t('app.frame.withYear', { title: what, year: mapYear }) : what;
  }
  return WORDING.panel.timeline.frameTitle;
}
