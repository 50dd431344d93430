import { QueryClient, type DefaultOptions } from '@tanstack/react-query';

/** Curated files do not change while the page is open: fetch once, never refetch, retry once. */
export const queryDefaults = {
  queries: {
    staleTime: Infinity,
    gcTime: Infinity,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
    refetchOnMount: false,
    networkMode: 'always',
    // Files are fetched before the first render (src/app/preload.ts); a file that failed there has
    // already had its retry and stays an error, which its panel reports.
    retryOnMount: false,
    retry: (failureCount, error) => failureCount < 1 && !(error instanceof Error && error.name === 'DataError'),
  },
} satisfies DefaultOptions;

export function createQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: queryDefaults });
}
