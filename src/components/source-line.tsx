import type { Source } from '../data/schemas';
import { sourceDisplayNames } from '../data/selectors';

interface SourceLineProps {
  sources: readonly Source[];
  /** Source ids the figures name that sources.json does not hold. */
  missing?: readonly string[];
  prefix?: string;
}

/** "Source: publisher, publisher": each a link to what was used; a source the data names but lacks, marked. */
export function SourceLine({ sources, missing = [], prefix = 'Source' }: SourceLineProps) {
  if (sources.length === 0 && missing.length === 0) return null;
  const names = sourceDisplayNames(sources);
  return (
    <p className="source-line">
      {sources.length > 0 ? (
        <>
          {prefix}
          {sources.length > 1 ? 's' : ''}:{' '}
        </>
      ) : null}
      {sources.map((source, i) => (
        <span key={source.id}>
          {i > 0 ? '; ' : null}
          <a href={source.url} target="_blank" rel="noreferrer noopener" title={source.title}>
            {names.get(source.id) ?? source.publisher}
          </a>
        </span>
      ))}
      {missing.length > 0 ? (
        <span className="source-missing">
          {sources.length > 0 ? '; ' : null}source missing for some figures: {missing.join(', ')} (not in
          data/sources.json)
        </span>
      ) : null}
    </p>
  );
}

/** The same sources as plain text, each named once and distinctly: for image exports and citations. */
export function sourceLineText(sources: readonly Source[], prefix = 'Source', missing: readonly string[] = []): string {
  const names = sourceDisplayNames(sources);
  const publishers = [...new Set(sources.map((s) => names.get(s.id) ?? s.publisher))];
  const lacking = missing.length > 0 ? `source missing for some figures: ${missing.join(', ')}` : '';
  if (publishers.length === 0) return lacking;
  const line = `${prefix}${publishers.length > 1 ? 's' : ''}: ${publishers.join('; ')}`;
  return lacking ? `${line}; ${lacking}` : line;
}
