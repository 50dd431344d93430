import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { panelsOf, preloadView } from './preload';
import { DEFAULT_VIEW } from './url-state';

describe('panelsOf', () => {
  it('draws all three panels on the page', () => {
    expect(panelsOf({ embed: null, mode: null })).toEqual(['map', 'trade', 'timeline']);
  });
  it('draws the map and the chart on a briefing slide', () => {
    expect(panelsOf({ embed: null, mode: 'briefing' })).toEqual(['map', 'trade']);
  });
  it('draws only the embedded panel', () => {
    expect(panelsOf({ embed: 'timeline', mode: null })).toEqual(['timeline']);
    expect(panelsOf({ embed: 'map', mode: 'briefing' })).toEqual(['map']);
  });
});

describe('preloadView', () => {
  afterEach(() => vi.unstubAllGlobals());

  const requested = (view: Partial<typeof DEFAULT_VIEW>) => {
    const fetch = vi.fn(() => new Promise<Response>(() => undefined));
    vi.stubGlobal('fetch', fetch);
    void preloadView(new QueryClient(), { ...DEFAULT_VIEW, ...view });
    return (fetch.mock.calls as unknown as [string][]).map(([url]) => url.split('/').pop()).sort();
  };

  it('fetches the four shared files and the geometry for the page', () => {
    expect(requested({})).toEqual([
      'central-asia.topo.json',
      'countries.json',
      'events.json',
      'sources.json',
      'trade.json',
    ]);
  });

  it('does not fetch the geometry when no map is shown', () => {
    expect(requested({ embed: 'timeline' })).toEqual(['countries.json', 'events.json', 'sources.json', 'trade.json']);
  });
});
