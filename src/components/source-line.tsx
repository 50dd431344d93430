import type { Source } from '../data/schemas';

/** "Source: publisher, publisher": each a link to what was used. */
export function SourceLine({ sources, prefix = 'Source' }: { sources: readonly Source[]; prefix?: string }) {
  if (sources.length === 0) return null;
  return (
    <p className="source-line">
      {prefix}
      {sources.length > 1 ? 's' : ''}:{' '}
      {sources.map((source, i) => (
        <span key={source.id}>
          {i > 0 ? '; ' : null}
          <a href={source.url} target="_blank" rel="noreferrer noopener" title={source.title}>
            {source.publisher}
          </a>
        </span>
      ))}
    </p>
  );
}

/** The same sources as plain text, each publisher once: for image exports and citations. */
export function sourceLineText(sources: readonly Source[], prefix = 'Source'): string {
  const publishers = [...new Set(sources.map((s) => s.publisher))];
  if (publishers.length === 0) return '';
  return `${prefix}${publishers.length > 1 ? 's' : ''}: ${publishers.join('; ')}`;
}
