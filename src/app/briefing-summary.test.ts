import { describe, expect, it } from 'vitest';
import { fixtureDataset } from '../testing/fixtures';
import { briefingSummary } from './briefing-summary';

const { trade } = fixtureDataset();

describe('briefingSummary', () => {
  it('gives the latest figure and its change on the year before', () => {
    expect(briefingSummary(trade, 'KAZ', 'Kazakhstan', 'total', 'china', null)).toEqual({
      title: 'China–Kazakhstan trade',
      year: 2024,
      figure: '$50.0 bn',
      change: '+25.0% on 2023',
      basis: '2024, current US$, as reported by China’s customs',
    });
  });

  it('says when there is no earlier year to compare', () => {
    const summary = briefingSummary(trade, 'KGZ', 'Kyrgyzstan', 'total', 'china', 2024);
    expect(summary.figure).toBe('$20.0 bn');
    expect(summary.change).toBe('no figure for 2023 to compare');
  });

  it('has no figure rather than a zero where the data has none', () => {
    const summary = briefingSummary(trade, 'KGZ', 'Kyrgyzstan', 'china_exports', 'china', 2023);
    expect(summary.figure).toBeNull();
    expect(summary.title).toBe('China’s exports to Kyrgyzstan');
  });
});
