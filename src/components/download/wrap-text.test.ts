import { describe, expect, it } from 'vitest';
import { wrapText } from './wrap-text';

const monospace = (text: string) => text.length * 10;

describe('wrapText', () => {
  it('keeps short text on one line', () => {
    expect(wrapText('Total trade', 200, monospace)).toEqual(['Total trade']);
  });

  it('breaks at spaces before the width is exceeded', () => {
    expect(wrapText('China and Kazakhstan trade since 1992', 150, monospace)).toEqual([
      'China and',
      'Kazakhstan',
      'trade since',
      '1992',
    ]);
  });

  it('gives an over-long word its own line rather than cutting it', () => {
    expect(wrapText('a supercalifragilistic b', 100, monospace)).toEqual(['a', 'supercalifragilistic', 'b']);
  });

  it('returns nothing for empty text', () => {
    expect(wrapText('   ', 100, monospace)).toEqual([]);
  });
});
