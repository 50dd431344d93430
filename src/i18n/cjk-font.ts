import type { Language } from './languages';

/** The Chinese font's style sheet, relative to the page: scripts/cjk-font.ts writes it, public/startup.js links it too. */
export const CJK_FONT_CSS = 'fonts/noto-sans-sc.css';

/**
 * Links the Chinese font's style sheet when the page turns to Chinese (public/startup.js does it for a
 * page that starts in Chinese); it is never fetched for a reader of English or Russian.
 */
export function linkFontFor(language: Language): void {
  if (language !== 'zh' || document.querySelector('link[data-font="cjk"]')) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = CJK_FONT_CSS;
  link.dataset.font = 'cjk';
  document.head.append(link);
}
