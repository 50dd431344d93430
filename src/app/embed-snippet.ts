import type { PanelName } from '../data/codes';
import { WORDING } from '../data/wording';
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
export function embedUrl(pageUrl: string, view: ViewState, panel: PanelName, transparent: boolean): string {
  const url = new URL(pageUrl);
  url.search = serializeView({ ...view, embed: panel, mode: null, transparent }, url.search);
  url.hash = '';
  return url.toString();
}

export function iframeSnippet(src: string, panel: PanelName, initialHeight: number): string {
  const origin = new URL(src).origin;
  return [
    `<iframe src="${src.replace(/&/g, '&amp;')}" title="${WORDING.panel[panel].frameTitle}"`,
    `  width="100%" height="${initialHeight}" loading="lazy" style="border:0"`,
    `  sandbox="${SANDBOX_FLAGS}" allow="clipboard-write"></iframe>`,
    `<script>`,
    `  // Let the dashboard panel size its frame to its content.`,
    `  window.addEventListener('message', (event) => {`,
    `    if (event.origin !== '${origin}' || event.data?.type !== '${RESIZE_MESSAGE}') return;`,
    `    for (const frame of document.querySelectorAll('iframe')) {`,
    `      if (frame.contentWindow === event.source) frame.style.height = event.data.height + 'px';`,
    `    }`,
    `  });`,
    `</script>`,
  ].join('\n');
}
