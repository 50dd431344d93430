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
    expect(filesOf({ embed: null, mode: null }).sort()).toEqual([
      'central-asia.topo.json',
      'countries.json',
      'events.json',
      'sources.json',
      'trade.json',
    ]);
  });
  it('does not read the geometry when no map is shown', () => {
    expect(filesOf({ embed: 'timeline', mode: null }).sort()).toEqual([
      'countries.json',
      'events.json',
      'sources.json',
      'trade.json',
    ]);
    expect(filesOf({ embed: 'map', mode: null })).toContain('central-asia.topo.json');
  });
});
