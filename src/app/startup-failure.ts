import { viewLanguage } from '../i18n/languages';
import { fetchMessages } from '../i18n/load-messages';
import { errorMessage } from '../lib/error-message';
import { parseView } from './url-state';

/** Builds the failure notice with plain DOM calls: boot.ts carries no React. */
function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text = '',
): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag);
  created.className = className;
  created.textContent = text;
  return created;
}

/** The notice in English (as in messages/en/app.json): said when the view's language's messages cannot be had. */
export const STARTUP_FAILURE_ENGLISH = {
  'app.startup.failed': 'The dashboard could not start.',
  'app.startup.failedDetail': 'Its script did not load or failed to run ({reason}). Reload the page to try again.',
} as const;

type NoticeId = keyof typeof STARTUP_FAILURE_ENGLISH;

/**
 * A compiled message (Lingui's form: a string, or a list of strings and `[name]` placeholders) with its
 * placeholders filled; null for any other form, which this notice does not need to read.
 */
export function fillCompiled(compiled: unknown, values: Readonly<Record<string, string>>): string | null {
  if (typeof compiled === 'string') return compiled;
  if (!Array.isArray(compiled)) return null;
  let text = '';
  for (const token of compiled as unknown[]) {
    if (typeof token === 'string') text += token;
    else if (Array.isArray(token) && token.length === 1 && typeof token[0] === 'string' && token[0] in values)
      text += values[token[0]] ?? '';
    else return null;
  }
  return text;
}

const fillEnglish = (id: NoticeId, values: Readonly<Record<string, string>>) =>
  STARTUP_FAILURE_ENGLISH[id].replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);

/**
 * Replaces the loading status with what went wrong, when the app's script could not be loaded or run.
 * It may run before any messages are active (the catalogue itself may be what failed), and boot.ts
 * carries no message library: the notice is drawn in English at once, then in the view's language
 * if its catalogue can be had (it was fetched beside the data), read here without the library.
 */
export function showStartupFailure(container: HTMLElement, error: unknown): void {
  const status = container.querySelector('.startup-status');
  const alert = element('div', 'error-state startup-failure');
  alert.setAttribute('role', 'alert');
  const values = { reason: errorMessage(error) };
  const title = element('p', 'error-title', fillEnglish('app.startup.failed', values));
  const detail = element('p', '', fillEnglish('app.startup.failedDetail', values));
  alert.append(title, detail);
  const language = viewLanguage(parseView(window.location.search).lang);
  if (language !== 'en') alert.lang = 'en';
  if (status) status.replaceWith(alert);
  else container.replaceChildren(alert);
  if (language === 'en') return;
  fetchMessages(language).then(
    (messages: Readonly<Record<string, unknown>>) => {
      const translatedTitle = fillCompiled(messages['app.startup.failed'], values);
      const translatedDetail = fillCompiled(messages['app.startup.failedDetail'], values);
      if (translatedTitle === null || translatedDetail === null) return;
      title.textContent = translatedTitle;
      detail.textContent = translatedDetail;
      alert.removeAttribute('lang');
    },
    () => undefined,
  );
}
