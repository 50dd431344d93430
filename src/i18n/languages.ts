/**
 * The dashboard's languages, and which one a view is in. Nothing here may import React or the message
 * library: the entry (src/boot.ts) reads it before the first paint, as public/startup.js does.
 */
export const LANGUAGES = ['en', 'ru', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language by its own name, the same whatever language the page is in, so a reader finds theirs. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', ru: 'Русский', zh: '中文' };

/** The locale that Intl formats each language in, and that <html lang> and the exports declare. */
export const LOCALES: Record<Language, string> = { en: 'en-GB', ru: 'ru-RU', zh: 'zh-CN' };

export const isLanguage = (value: string): value is Language => (LANGUAGES as readonly string[]).includes(value);

/** The first of the reader's preferred languages that the dashboard has (`ru-KZ` is Russian, `zh-TW` Chinese). */
export function preferredLanguage(preferences: readonly string[]): Language {
  for (const tag of preferences) {
    const base = tag.toLowerCase().split('-')[0] ?? '';
    if (isLanguage(base)) return base;
  }
  return 'en';
}

/** The view's language: the one the link names, otherwise the browser's preference. */
export function viewLanguage(lang: Language | null, preferences: readonly string[] = browserLanguages()): Language {
  return lang ?? preferredLanguage(preferences);
}

function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages.length > 0 ? navigator.languages : [navigator.language];
}

/**
 * The language a text of the data is written in, by its script: the sources' names and titles are in
 * the language of the page they cite, whatever the dashboard's. For `lang`, so that a screen reader
 * reads an English title in English on a page in Russian.
 */
export function languageOfText(text: string): Language {
  if (/\p{Script=Han}/u.test(text)) return 'zh';
  if (/\p{Script=Cyrillic}/u.test(text)) return 'ru';
  return 'en';
}
