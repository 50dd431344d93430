import { LOCALES, viewLanguage } from '../i18n/languages';
import type { ViewState } from './url-state';

/*
 * The view's settings that the style sheet reads from <html>: set by src/boot.ts before the first paint,
 * and by the app on every change. Nothing here may import React: boot.ts must stay small.
 */

type RootView = Pick<ViewState, 'theme' | 'mode' | 'embed' | 'transparent'> &
  Partial<Pick<ViewState, 'compact' | 'lang'>>;

const SYSTEM_DARK = '(prefers-color-scheme: dark)';

/** The colour scheme drawn: the theme chosen, or the system's when the choice is automatic. */
export function schemeOf(theme: ViewState['theme'], systemDark: boolean): 'light' | 'dark' {
  if (theme !== 'auto') return theme;
  return systemDark ? 'dark' : 'light';
}

/**
 * The theme chosen and the scheme it resolves to (the style sheet defines the dark colours once, for
 * `data-scheme="dark"`), the layout mode, and an embed's transparent background.
 */
export function applyRootAttributes(view: RootView): void {
  const root = document.documentElement;
  root.lang = LOCALES[viewLanguage(view.lang ?? null)];
  root.dataset.theme = view.theme;
  root.dataset.scheme = schemeOf(view.theme, window.matchMedia(SYSTEM_DARK).matches);
  // An embed wins over the briefing mode: the panel is drawn alone, and scrolls as an embed does.
  root.dataset.mode = view.embed ? 'embed' : (view.mode ?? 'page');
  root.classList.toggle('transparent', view.embed !== null && view.transparent);
  root.classList.toggle('compact', view.embed !== null && view.compact === true);
}

/** While the theme is automatic, follows the system's scheme as it changes; returns the unsubscribe. */
export function followSystemScheme(view: RootView): () => void {
  if (view.theme !== 'auto') return () => undefined;
  const query = window.matchMedia(SYSTEM_DARK);
  const update = () => {
    applyRootAttributes(view);
  };
  query.addEventListener('change', update);
  return () => {
    query.removeEventListener('change', update);
  };
}
