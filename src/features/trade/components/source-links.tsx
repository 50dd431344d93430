import type { Source } from '../../../data/schemas';

/** The publishers behind a figure, each linked to its source; an id sources.json lacks is named as missing. */
export function SourceLinks({ ids, sources }: { ids: readonly string[]; sources: ReadonlyMap<string, Source> }) {
  const unique = [...new Set(ids)];
  return (
    <>
      {unique.map((id, i) => {
        const source = sources.get(id);
        return (
          <span key={id}>
            {i > 0 ? '; ' : null}
            {source ? (
              <a href={source.url} target="_blank" rel="noreferrer" title={source.title}>
                {source.publisher}
              </a>
            ) : (
              <span className="source-missing">{id} (not in sources.json)</span>
            )}
          </span>
        );
      })}
    </>
  );
}
