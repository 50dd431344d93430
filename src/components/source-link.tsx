import type { ReactNode } from 'react';
import type { Source } from '../data/schemas';
import { languageOfText, LOCALES } from '../i18n/languages';

/** A link to a cited page, marked with the language its name and title are in (not always the page's). */
export function SourceLink({
  source,
  withTitle = false,
  children = source.publisher,
}: {
  source: Pick<Source, 'url' | 'publisher'> & Partial<Pick<Source, 'title'>>;
  /** The page's title as the link's tooltip. */
  withTitle?: boolean;
  children?: ReactNode;
}) {
  // By the publisher's name, which the link shows (perhaps with a date in the page's language); a
  // title in another script (a Russian page's, by an English-named publisher) is only its tooltip.
  const text = source.publisher;
  return (
    <a
      href={source.url}
      target="_blank"
      rel="noreferrer noopener"
      title={withTitle ? source.title : undefined}
      lang={LOCALES[languageOfText(text)]}
    >
      {children}
    </a>
  );
}
