import { useQuery } from '@tanstack/react-query';
import { countriesQuery, sourcesQuery } from '../data/queries';
import { ErrorState } from './error-state';

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
        <ErrorState error={sources.error} what="the sources of these figures" onRetry={() => void sources.refetch()} />
      ) : null}
      {countries.error ? (
        <ErrorState
          error={countries.error}
          what="country names (ISO codes shown instead)"
          onRetry={() => void countries.refetch()}
        />
      ) : null}
    </>
  );
}
