/**
 * The bench's **static drawing**: the build's snapshot of the first view (scripts/first-view-snapshot.ts)
 * as a page of its own, with the app's style sheet and fonts and no script at all. Its full first view is
 * the least that the first view's own markup takes to show, whatever the page does to load it: the
 * floor is the same text unstyled, and the dashboard adds its loading to this.
 */
import { escapeMarkup } from '../src/lib/escape-markup.ts';
import { DRAWING_MARK } from '../src/snapshot/snapshot-manifest.ts';

const ENTITIES: Readonly<Record<string, string>> = { quot: '"', amp: '&', lt: '<', gt: '>', apos: "'", '#x27': "'" };

/** An attribute's value as the markup wrote it, decoded (React writes these five entities, and numeric ones). */
export function decodeAttribute(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    const known = ENTITIES[name.toLowerCase()];
    if (known !== undefined) return known;
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return entity;
  });
}

/**
 * The page and its own style sheet (`drawing.css`, beside it): the styles the page applies through the
 * CSSOM (`data-snapshot-style`) become rules of that sheet, as the page's CSP (`style-src 'self'`) allows.
 * `head` holds the build's own style sheet and font links; `htmlAttributes`, those the app sets on <html>.
 */
export function staticDrawingPage(
  drawing: string,
  head: readonly string[],
  htmlAttributes: Readonly<Record<string, string>>,
): { html: string; css: string } {
  if (!drawing.startsWith(DRAWING_MARK)) throw new Error('static drawing: not a drawing of the build');
  const rules: string[] = [];
  const body = drawing.replace(/ data-snapshot-style="([^"]*)"/g, (_, style: string) => {
    rules.push(`[data-static-style="${String(rules.length)}"] { ${decodeAttribute(style)} }`);
    return ` data-static-style="${String(rules.length - 1)}"`;
  });
  const attributes = Object.entries(htmlAttributes)
    .map(([name, value]) => ` ${name}="${escapeMarkup(value)}"`)
    .join('');
  const html = [
    '<!doctype html>',
    `<html${attributes}>`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>the first view, static</title>',
    ...head,
    '<link rel="stylesheet" href="./drawing.css">',
    '</head>',
    `<body><div><div class="first-view-snapshot">${body}</div></div></body>`,
    '</html>',
    '',
  ].join('\n');
  return { html, css: `${rules.join('\n')}\n` };
}

/** The `<link>`s of the build's index.html that the drawing needs: its style sheet and preloaded fonts. */
export function drawingHead(indexHtml: string): string[] {
  return [...indexHtml.matchAll(/<link\b[^>]*>/g)]
    .map(([tag]) => tag.replace(/\s+/g, ' '))
    .filter((tag) => tag.includes('rel="stylesheet"') || (tag.includes('rel="preload"') && tag.includes('as="font"')));
}
