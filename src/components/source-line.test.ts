import { describe, expect, it } from 'vitest';
import { fixtureDataset } from '../testing/fixtures';
import { sourceLineText } from './source-line';

const { sources } = fixtureDataset();

describe('sourceLineText', () => {
  it('lists each publisher once', () => {
    const first = sources.sources[0];
    const twice = first ? [...sources.sources, { ...first, id: 'customs-partner-side' }] : sources.sources;
    expect(sourceLineText(twice)).toBe('Sources: Customs; News');
  });

  it('says one source in the singular, and nothing for none', () => {
    expect(sourceLineText(sources.sources.slice(0, 1))).toBe('Source: Customs');
    expect(sourceLineText([])).toBe('');
  });
});
