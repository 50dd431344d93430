import { Fragment } from 'react';
import type { Source } from '../data/schemas';
import { sourceDisplayNames } from '../data/selectors';
import { t } from '../i18n/i18n';
import { Message } from '../i18n/message';
import { SourceLink } from './source-link';

interface SourceLineProps {
  sources: readonly Source[];
  /** Source ids the figures name that sources.json does not hold. */
  missing?: readonly string[];
}

/** "Source: publisher, publisher": each a link to what was used; a source the data names but lacks, marked. */
export function SourceLine({ sources, missing = [] }: SourceLineProps) {
  if (sources.length === 0 && missing.length === 0) return null;
  const names = sourceDisplayNames(sources);
  const separator = t('common.source.separator');
  const links = sources.map((source, i) => (
    <span key={source.id}>
      {i > 0 ? separator : null}
      <SourceLink source={source} withTitle>
        {names.get(source.id) ?? source.publisher}
      </SourceLink>
    </span>
  ));
  return (
    <p className="source-line">
      {sources.length > 0 ? (
        <Message id="common.source.line" values={{ count: sources.length, list: <Fragment>{links}</Fragment> }} />
      ) : null}
      {missing.length > 0 ? (
        <span className="source-missing">
          {sources.length > 0 ? separator : null}
          {t('common.source.missingFile', { ids: missing.join(', ') })}
        </span>
      ) : null}
    </p>
  );
}

/**
 * The same sources as plain text, each named once and distinctly: for image exports and citations. The
 * word before them ("Source", "Sources") is the language's own; the second argument, once that word, is
 * no longer read.
 */
export function sourceLineText(sources: readonly Source[], _prefix?: string, missing: readonly string[] = []): string {
  const names = sourceDisplayNames(sources);
  const publishers = [...new Set(sources.map((s) => names.get(s.id) ?? s.publisher))];
  const lacking = missing.length > 0 ? t('common.source.missing', { ids: missing.join(', ') }) : '';
  if (publishers.length === 0) return lacking;
  const separator = t('common.source.separator');
  const line = t('common.source.line', { count: publishers.length, list: publishers.join(separator) });
  return lacking ? `${line}${separator}${lacking}` : line;
}
