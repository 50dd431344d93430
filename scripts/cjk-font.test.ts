import { describe, expect, it } from 'vitest';
import { cjkFontCss } from './cjk-font';

describe('cjkFontCss', () => {
  it('keeps the woff2 slices, pointed into fonts/noto-sans-sc/, and drops the woff fallbacks', () => {
    const source =
      "@font-face {\n  font-family: 'Noto Sans SC';\n  font-weight: 400;\n" +
      "  src: url(./files/noto-sans-sc-4-400-normal.woff2) format('woff2'), url(./files/noto-sans-sc-4-400-normal.woff) format('woff');\n" +
      '  unicode-range: U+4e00-4e10;\n}';
    const { css, files } = cjkFontCss(source);
    expect(files).toEqual(['noto-sans-sc-4-400-normal.woff2']);
    expect(css).toContain("src: url(./noto-sans-sc/noto-sans-sc-4-400-normal.woff2) format('woff2');");
    expect(css).toContain('unicode-range: U+4e00-4e10;');
    expect(css).not.toContain('.woff)');
  });

  it('refuses a style sheet it cannot read', () => {
    expect(() => cjkFontCss('@font-face { src: local(x) }')).toThrow(/changed form/);
  });
});
