/**
 * The interface's words, through Lingui's runtime (README: Languages): messages are ICU MessageFormat,
 * compiled at build time (scripts/message-catalogues.ts), so the page carries the interpreter only.
 * One language is active at a time; the app re-renders whole when it changes (app/language-root.tsx),
 * so a word read anywhere, in a model or a component, is in the language shown.
 */
import { type Messages, setupI18n } from '@lingui/core';
import type { Language } from './languages';
import type { MessageId } from './message-id';

const i18n = setupI18n();

export type MessageValues = Record<string, string | number>;

export function activateMessages(language: Language, messages: Messages): void {
  i18n.load(language, messages);
  i18n.activate(language);
}

/** The active language's message; `values` fill its placeholders, plural forms included. */
export function t(id: MessageId, values?: MessageValues): string {
  return i18n._(id, values);
}

/** The language of the messages active; English until the first catalogue is in. */
export function activeLanguage(): Language {
  return (i18n.locale || 'en') as Language;
}

/** The version of a word for the language shown, from data that gives one per language (countries.json's names). */
export function inLanguage<T>(versions: Readonly<Record<Language, T>>): T {
  return versions[activeLanguage()];
}
