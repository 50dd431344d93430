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

describe('wrapText in Chinese', () => {
  it('breaks between characters, where Chinese sets no spaces', () => {
    expect(wrapText('中国与哈萨克斯坦贸易', 50, monospace)).toEqual(['中国与哈萨', '克斯坦贸易']);
  });

  it('never starts a line with a closing mark, nor ends one with an opening mark', () => {
    expect(wrapText('贸易总额，美元（现价）', 30, monospace)).toEqual(['贸易总', '额，美', '元（现', '价）']);
  });

  it('keeps Latin words whole among Chinese characters', () => {
    expect(wrapText('来源：IMF DOTS', 80, monospace)).toEqual(['来源：IMF', 'DOTS']);
  });
});
