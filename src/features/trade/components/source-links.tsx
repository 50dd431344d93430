import type { Source } from '../../../data/schemas';
import { t } from '../../../i18n/i18n';
import { SourceLink } from '../../../components/source-link';

/** The publishers behind a figure, each linked to its source; an id sources.json lacks is named as missing. */
export function SourceLinks({ ids, sources }: { ids: readonly string[]; sources: ReadonlyMap<string, Source> }) {
  const unique = [...new Set(ids)];
  return (
    <>
      {unique.map((id, i) => {
        const source = sources.get(id);
        return (
          <span key={id}>
            {i > 0 ? t('trade.separator.semicolon') : null}
            {source ? (
              <SourceLink source={source} withTitle />
            ) : (
              <span className="source-missing">{t('trade.table.sourceMissing', { id })}</span>
            )}
          </span>
        );
      })}
    </>
  );
}
