/*
 * What the page shows before React runs. The build writes it into index.html (vite.config.ts, with the
 * messages of every language), so it is painted with the style sheet alone: on a slow phone the app's
 * script takes a second or more to arrive and run, and the page would be blank meanwhile.
 * public/startup.js sets <html lang> and marks an embed or a slide before the first paint; the style
 * sheet then shows the screen in the view's language and hides the page's header. React replaces it
 * all on its first render.
 */

// vite.config.ts loads this module as it is: its imports name their files whole.
import type { Language } from '../i18n/languages.ts';
import { escapeMarkup } from '../lib/escape-markup.ts';

export interface StartupWords {
  title: string;
  tagline: string;
  loading: string;
}

/** The loading status has the markup of components/loading-state.tsx, which React cannot draw yet. */
export function startupMarkup(words: Partial<Record<Language, StartupWords>>): string {
  // The same title and tagline as app/dashboard-header.tsx, in the same classes, so nothing moves.
  return Object.entries(words)
    .map(
      ([language, { title, tagline, loading }]) =>
        `<div class="page startup-page" lang="${language}"><header class="site-header startup-header"><div>` +
        `<h1>${escapeMarkup(title)}</h1><p class="site-tagline">${escapeMarkup(tagline)}</p></div></header>` +
        '<main><div class="loading-state startup-status" role="status">' +
        `<span class="loading-pulse" aria-hidden="true"></span><span>${escapeMarkup(loading)}</span></div></main></div>`,
    )
    .join('');
}
