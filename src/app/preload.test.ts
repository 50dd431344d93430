import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixtureDataset } from '../testing/fixtures';
import { DEFAULT_VIEW, type ViewState } from './url-state';

const SOURCES_FILE = fixtureDataset().sources;
const SOURCES = JSON.stringify(SOURCES_FILE);

/** preload.ts anew: the loads it starts are kept once per page (load-file.ts). */
async function freshPreload() {
  vi.resetModules();
  vi.stubGlobal('Worker', undefined); // checked on the page: no worker in Node
  return import('./preload');
}

/** A fetch that never answers, recording the files asked for. */
function stubSilentFetch() {
  const fetch = vi.fn<(url: string) => Promise<Response>>(() => new Promise<Response>(() => undefined));
  vi.stubGlobal('fetch', fetch);
  return () => fetch.mock.calls.map(([url]) => url.split('/').pop()).sort();
}

describe('preloadView', () => {
  afterEach(() => vi.unstubAllGlobals());

  const requested = async (view: Partial<ViewState>) => {
    const { preloadView } = await freshPreload();
    const files = stubSilentFetch();
    void preloadView(new QueryClient(), { ...DEFAULT_VIEW, ...view });
    return files();
  };

  it('fetches the four shared files and the geometry for the page', async () => {
    expect(await requested({})).toEqual([
      'central-asia.topo.json',
      'countries.json',
      'events.json',
      'sources.json',
      'trade.json',
    ]);
  });

  it('does not fetch the geometry when no map is shown', async () => {
    expect(await requested({ embed: 'timeline' })).toEqual([
      'countries.json',
      'events.json',
      'sources.json',
      'trade.json',
    ]);
  });

  it('fetches nothing twice when the boot script started the loads first', async () => {
    const { preloadView } = await freshPreload();
    const { startData } = await import('./start-loading');
    const files = stubSilentFetch();
    startData(DEFAULT_VIEW);
    void preloadView(new QueryClient(), DEFAULT_VIEW);
    expect(files()).toHaveLength(5);
  });

  it('puts a file that loaded into the cache under its query', async () => {
    const { preloadView } = await freshPreload();
    vi.stubGlobal('fetch', (url: string) =>
      Promise.resolve(
        url.endsWith('sources.json')
          ? new Response(SOURCES)
          : new Response('', { status: 404, statusText: 'Not Found' }),
      ),
    );
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    await preloadView(client, { ...DEFAULT_VIEW, embed: 'timeline' });
    expect(client.getQueryData(['sources'])).toEqual(SOURCES_FILE);
    expect(client.getQueryState(['trade'])?.status).toBe('error');
  });
});
