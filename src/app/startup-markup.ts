/*
 * What the page shows before React runs. The build writes it into index.html (vite.config.ts, with app/site-text.ts), so it
 * is painted with the style sheet alone: on a slow phone the app's script takes a second or more to
 * arrive and run, and the page would be blank meanwhile. public/startup.js marks an embed or a slide
 * before the first paint, and the style sheet then hides the page's header. React replaces it all on
 * its first render.
 */

// vite.config.ts loads this module as it is: its import names the file whole.
import { escapeMarkup } from '../lib/escape-markup.ts';

/** The loading status has the markup of components/loading-state.tsx, which React cannot draw yet. */
export function startupMarkup(title: string, tagline: string): string {
  // The same title and tagline as app/dashboard-header.tsx, in the same classes, so nothing moves.
  return (
    `<div class="page"><header class="site-header startup-header"><div><h1>${escapeMarkup(title)}</h1>` +
    `<p class="site-tagline">${escapeMarkup(tagline)}</p></div></header>` +
    '<main><div class="loading-state startup-status" role="status">' +
    '<span class="loading-pulse" aria-hidden="true"></span><span>Loading the dashboard…</span></div></main></div>'
  );
}
