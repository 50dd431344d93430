import { useQuery } from '@tanstack/react-query';
import { countriesQuery, sourcesQuery } from '../data/queries';
import { ErrorState } from './error-state';
import { t } from '../i18n/i18n';

/**
 * Every panel leans on sources.json (its source lines) and countries.json (names); if either is broken,
 * each panel says so, naming the file and field, instead of silently dropping its sources.
 */
export function SharedDataAlerts() {
  const sources = useQuery(sourcesQuery());
  const countries = useQuery(countriesQuery());
  return (
    <>
      {sources.error ? (
        <ErrorState error={sources.error} what={t('common.shared.sources')} onRetry={() => void sources.refetch()} />
      ) : null}
      {countries.error ? (
        <ErrorState
          error={countries.error}
          what={t('common.shared.countries')}
          onRetry={() => void countries.refetch()}
        />
      ) : null}
    </>
  );
}
