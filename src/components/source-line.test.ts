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

  it('names two publications of one publisher apart, by date or title', () => {
    const [first] = sources.sources;
    if (!first) throw new Error('fixture without sources');
    const line = sourceLineText([
      { ...first, id: 'a', title: 'Exports by partner' },
      { ...first, id: 'b', title: 'Imports by partner', published: '2024-07-25' },
    ]);
    expect(line).toBe('Sources: Customs (Exports by partner); Customs (25 Jul 2024: Imports by partner)');
  });

  it('says one source in the singular, and nothing for none', () => {
    expect(sourceLineText(sources.sources.slice(0, 1))).toBe('Source: Customs');
    expect(sourceLineText([])).toBe('');
  });
});
