import { languageOfText, LOCALES } from '../i18n/languages';

/** A text of the data (a source's title, an event's note), marked with the language it is written in. */
export function DataText({ children }: { children: string }) {
  return <span lang={LOCALES[languageOfText(children)]}>{children}</span>;
}
