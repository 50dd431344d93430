import { describe, expect, it } from 'vitest';
import { facesFor, type PageFace, parseUnicodeRange } from './export-fonts';

const face = (family: string, range: string | null, url = `${family}.woff2`): PageFace => ({
  family,
  weight: '400',
  style: 'normal',
  url,
  range,
});

describe('parseUnicodeRange', () => {
  it('reads single points, spans and wildcards', () => {
    expect(parseUnicodeRange('U+0-FF, U+131, U+4E??')).toEqual([
      [0, 0xff],
      [0x131, 0x131],
      [0x4e00, 0x4eff],
    ]);
  });
});

describe('facesFor', () => {
  const faces = [
    face('Inter', 'U+0000-00FF, U+2000-206F', 'latin'),
    face('Inter', 'U+0400-045F', 'cyrillic'),
    face('Noto Sans SC', 'U+4E00-4EFF', 'cjk-1'),
    face('Noto Sans SC', 'U+7F8E', 'cjk-2'),
    face('Other', null, 'other'),
  ];
  const urls = (text: string) => facesFor(faces, ['Inter', 'Noto Sans SC'], text).map((f) => f.url);

  it('takes only the faces whose range holds a character of the text', () => {
    expect(urls('China’s trade, $41.0 bn')).toEqual(['latin']);
    expect(urls('Торговля Китая, 2025')).toEqual(['latin', 'cyrillic']);
    expect(urls('410亿美元')).toEqual(['latin', 'cjk-1', 'cjk-2']);
  });

  it('leaves out the families not named', () => {
    expect(urls('x')).not.toContain('other');
  });
});
