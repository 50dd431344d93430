import { describe, expect, it } from 'vitest';
import { DRAWING_MARK } from '../src/snapshot/snapshot-manifest';
import { decodeAttribute, drawingHead, staticDrawingPage } from './static-drawing';

describe('staticDrawingPage', () => {
  const drawing = `${DRAWING_MARK}<div class="page"><div data-snapshot-style="width:539px;height:342px"></div><span data-snapshot-style="font-family:&quot;Inter&quot;, sans-serif">x</span></div>`;

  it('moves each style the page would apply into a rule of the page’s own style sheet', () => {
    const { html, css } = staticDrawingPage(drawing, [], {});
    expect(html).not.toContain('data-snapshot-style');
    expect(html).toContain('<div data-static-style="0"></div><span data-static-style="1">x</span>');
    expect(css).toBe(
      '[data-static-style="0"] { width:539px;height:342px }\n[data-static-style="1"] { font-family:"Inter", sans-serif }\n',
    );
  });

  it('keeps the build’s links and the attributes the app sets on <html>, and runs no script', () => {
    const { html } = staticDrawingPage(drawing, ['<link rel="stylesheet" href="./assets/style-x.css">'], {
      lang: 'en-GB',
      'data-mode': 'page',
    });
    expect(html).toContain('<html lang="en-GB" data-mode="page">');
    expect(html).toContain(
      '<link rel="stylesheet" href="./assets/style-x.css">\n<link rel="stylesheet" href="./drawing.css">',
    );
    expect(html).toContain('<div class="first-view-snapshot"><!--first-view-snapshot--><div class="page">');
    expect(html).not.toMatch(/<script/i);
  });

  it('refuses markup that is not a drawing of the build', () => {
    expect(() => staticDrawingPage('<div></div>', [], {})).toThrow(/not a drawing/);
  });
});

describe('decodeAttribute', () => {
  it('decodes named and numeric entities and leaves unknown ones', () => {
    expect(decodeAttribute('a&amp;b &lt;&gt; &#x27;&#39; &nbsp;')).toBe("a&b <> '' &nbsp;");
  });
});

describe('drawingHead', () => {
  it('picks the style sheet and the preloaded fonts, not the data, modules or icon', () => {
    const index = `<link rel="icon" href="./favicon.svg" />
    <link
      rel="preload"
      href="./assets/inter.woff2"
      as="font"
      crossorigin
    />
    <link rel="modulepreload" crossorigin href="./assets/a.js">
    <link rel="stylesheet" crossorigin href="./assets/style.css">
    <link rel="preload" href="data/trade.json" as="fetch" crossorigin>`;
    expect(drawingHead(index)).toEqual([
      '<link rel="preload" href="./assets/inter.woff2" as="font" crossorigin />',
      '<link rel="stylesheet" crossorigin href="./assets/style.css">',
    ]);
  });
});
