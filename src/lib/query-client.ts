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
    retry: (failureCount, error) => failureCount < 1 && !(error instanceof Error && error.name === 'DataError'),
  },
} satisfies DefaultOptions;

export function createQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: queryDefaults });
}
