import { describe, expect, it } from 'vitest';
import { filesOf, panelsOf } from './panels';

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

describe('filesOf', () => {
  it('reads the four shared files and the geometry for the page', () => {
    expect(filesOf({ embed: null, mode: null, chart: 'country', map: 'trade' }).sort()).toEqual([
      'central-asia.topo.json',
      'countries.json',
      'events.json',
      'sources.json',
      'trade.json',
    ]);
  });
  it('does not read the geometry when no map is shown', () => {
    expect(filesOf({ embed: 'timeline', mode: null, chart: 'country', map: 'trade' }).sort()).toEqual([
      'countries.json',
      'events.json',
      'sources.json',
      'trade.json',
    ]);
    expect(filesOf({ embed: 'map', mode: null, chart: 'country', map: 'trade' })).toContain('central-asia.topo.json');
  });
  it('reads each state’s trade by partner only for the partners view, where the chart is shown', () => {
    expect(filesOf({ embed: null, mode: null, chart: 'partners', map: 'trade' })).toContain('partners.json');
    expect(filesOf({ embed: 'trade', mode: null, chart: 'partners', map: 'trade' })).toContain('partners.json');
    expect(filesOf({ embed: 'map', mode: null, chart: 'partners', map: 'trade' })).not.toContain('partners.json');
    expect(filesOf({ embed: null, mode: null, chart: 'compare', map: 'trade' })).not.toContain('partners.json');
    // And for the map's China's share, where the map is shown.
    expect(filesOf({ embed: 'map', mode: null, chart: 'country', map: 'share' })).toContain('partners.json');
    expect(filesOf({ embed: 'timeline', mode: null, chart: 'country', map: 'share' })).not.toContain('partners.json');
  });
});
