/**
 * Builds a self-contained SVG of a panel's figure with its title, subtitle, legend, source line and
 * "as of" date, and rasterises it to PNG. Computed styles are written onto every element and the
 * app's fonts are embedded, so the file looks the same in any viewer as it did on screen.
 */
import { t } from '../../i18n/i18n';
import { escapeMarkup } from '../../lib/escape-markup';
import type { PanelDownload } from './download-spec';
import { embeddedFontFaces } from './export-fonts';
import { wrapText } from './wrap-text';

const SVG_NS = 'http://www.w3.org/2000/svg';
const PAD = 24;
const MIN_WIDTH = 640;
const FONT_STACK = "Inter, 'Noto Sans SC', 'Helvetica Neue', Arial, sans-serif";

/** The styles that decide how SVG content looks; everything else is left to defaults. */
const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linejoin',
  'stroke-linecap',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
  'visibility',
  'display',
] as const;

export interface ExportFrame {
  title: string;
  subtitle?: string;
  asOf: string | null;
  download: PanelDownload;
}

export interface ExportedSvg {
  svg: string;
  width: number;
  height: number;
}

/** The figure's main <svg>: the element itself, or the largest one inside it (legend icons are small). */
export function figureSvg(figure: Element): SVGSVGElement | null {
  if (figure instanceof SVGSVGElement) return figure;
  let best: SVGSVGElement | null = null;
  let bestArea = 0;
  for (const svg of figure.querySelectorAll('svg')) {
    const { width, height } = svg.getBoundingClientRect();
    if (width * height > bestArea) {
      best = svg;
      bestArea = width * height;
    }
  }
  return best;
}

/**
 * Copies each element's computed look onto the clone as presentation attributes (not a `style`
 * attribute, which the strict CSP forbids scripts to set), and drops classes and inline styles.
 */
function inlineStyles(source: Element, target: Element): void {
  const computed = getComputedStyle(source);
  for (const property of STYLE_PROPERTIES) {
    const value = computed.getPropertyValue(property);
    if (value) target.setAttribute(property, value);
  }
  target.removeAttribute('style');
  target.removeAttribute('class');
  target.removeAttribute('tabindex');
  const sourceChildren = source.children;
  const targetChildren = target.children;
  for (let i = 0; i < sourceChildren.length; i++) {
    const s = sourceChildren[i];
    const copy = targetChildren[i];
    if (s && copy) inlineStyles(s, copy);
  }
}

/** The page's faces that draw the file's text (export-fonts.ts): Inter's Latin and Cyrillic, Noto Sans SC's slices. */
function fontFaces(markup: string): Promise<string> {
  const text = markup.replace(/<[^>]*>/g, ' ');
  return embeddedFontFaces(['Inter', 'Noto Sans SC'], text);
}

function themeColour(name: string, fallback: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
}

function measurer(font: string): (text: string) => number {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return (text) => text.length * 8;
  context.font = font;
  return (text) => context.measureText(text).width;
}

function textLines(lines: string[], x: number, y: number, size: number, weight: number, colour: string): string {
  return lines
    .map(
      (line, i) =>
        `<text x="${x}" y="${y + i * size * 1.3}" font-family="${escapeMarkup(FONT_STACK)}" font-size="${size}" font-weight="${weight}" fill="${colour}">${escapeMarkup(line)}</text>`,
    )
    .join('');
}

/** `var(--name)` as the theme currently resolves it; a standalone file knows no CSS variables. */
function resolveColour(colour: string): string {
  const variable = /^var\((--[\w-]+)\)$/.exec(colour.trim())?.[1];
  return variable ? themeColour(variable, '#cccccc') : colour;
}

const LEGEND_LINE = 20;

/** The legend's entries left to right, wrapping onto a new line at `width`; returns the markup and the lines used. */
function legendRows(
  entries: NonNullable<PanelDownload['legend']>,
  x: number,
  top: number,
  width: number,
  colour: string,
): { markup: string; lines: number } {
  const measure = measurer(`400 13px ${FONT_STACK}`);
  let cursor = x;
  let y = top;
  const markup = entries
    .map((raw) => {
      const entry = { ...raw, color: resolveColour(raw.color) };
      const entryWidth = 28 + measure(entry.label);
      if (cursor > x && cursor + entryWidth > x + width) {
        cursor = x;
        y += LEGEND_LINE;
      }
      const sample = entry.swatch
        ? `<rect x="${cursor + 5}" y="${y - 11}" width="12" height="12" fill="${entry.color}" stroke="${colour}" stroke-opacity="0.3"/>`
        : entry.dashed
          ? `<line x1="${cursor}" x2="${cursor + 22}" y1="${y - 4}" y2="${y - 4}" stroke="${entry.color}" stroke-width="2.5" stroke-dasharray="5 3"/>`
          : `<line x1="${cursor}" x2="${cursor + 22}" y1="${y - 4}" y2="${y - 4}" stroke="${entry.color}" stroke-width="2.5"/>`;
      const label = `<text x="${cursor + 28}" y="${y}" font-family="${escapeMarkup(FONT_STACK)}" font-size="13" fill="${colour}">${escapeMarkup(entry.label)}</text>`;
      cursor += entryWidth + 20;
      return sample + label;
    })
    .join('');
  return { markup, lines: (y - top) / LEGEND_LINE + 1 };
}

export async function buildExportSvg(figure: Element, frame: ExportFrame): Promise<ExportedSvg> {
  // Text is measured to wrap it: with the fallback font still in place, lines would run off the edge.
  await Promise.all([document.fonts.load(`400 14px Inter`), document.fonts.load(`600 20px Inter`)]);
  await document.fonts.ready;
  // A figure laid out as HTML (the timeline as a list, on a narrow screen) is drawn as it is shown.
  const html = figure instanceof HTMLElement && figure.dataset.exportFigure === 'html';
  const source = html ? figure : figureSvg(figure);
  if (!source) throw new Error(t('exports.noFigure'));
  const box = source.getBoundingClientRect();
  // The marks under a chart's time axis (HTML) go with it, so that the image matches its legend and lines.
  const marks = html ? null : (figure.parentElement?.querySelector('.event-marks') ?? null);
  const marksBottom = marks && marks.getClientRects().length > 0 ? marks.getBoundingClientRect().bottom : box.bottom;
  const figureWidth = Math.round(box.width);
  const figureHeight = Math.round(Math.max(box.bottom, marksBottom) - box.top);
  const width = Math.max(figureWidth + 2 * PAD, MIN_WIDTH);
  const inner = width - 2 * PAD;

  const background = themeColour('--panel', '#ffffff');
  const foreground = themeColour('--fg', '#17212b');
  const muted = themeColour('--muted', '#566270');

  const titleLines = wrapText(frame.title, inner, measurer(`600 20px ${FONT_STACK}`));
  const subtitleLines = frame.subtitle ? wrapText(frame.subtitle, inner, measurer(`400 14px ${FONT_STACK}`)) : [];
  const footLines = wrapText(frame.download.sourceLine, inner, measurer(`400 12px ${FONT_STACK}`));
  const asOfLine = frame.asOf ? t('exports.image.footerDated', { asOf: frame.asOf }) : t('exports.image.footer');

  let y = PAD + 20;
  const parts: string[] = [textLines(titleLines, PAD, y, 20, 600, foreground)];
  y += (titleLines.length - 1) * 26 + 22;
  if (subtitleLines.length) {
    parts.push(textLines(subtitleLines, PAD, y, 14, 400, muted));
    y += subtitleLines.length * 18.2;
  }
  if (frame.download.legend?.length) {
    y += 12;
    const legend = legendRows(frame.download.legend, PAD, y, inner, foreground);
    parts.push(legend.markup);
    y += (legend.lines - 1) * LEGEND_LINE + 10;
  }
  y += 8;

  const left = PAD + (inner - figureWidth) / 2;
  const place = (content: string) =>
    `<svg x="${left}" y="${y}" width="${figureWidth}" height="${figureHeight}" viewBox="0 0 ${figureWidth} ${figureHeight}" overflow="visible">${content}</svg>`;
  let figureMarkup: string;
  if (source instanceof SVGSVGElement) {
    const clone = source.cloneNode(true) as SVGSVGElement;
    inlineStyles(source, clone);
    clone.setAttribute('x', String(left));
    clone.setAttribute('y', String(y));
    clone.setAttribute('width', String(figureWidth));
    clone.setAttribute('height', String(Math.round(box.height)));
    if (!clone.getAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${figureWidth} ${Math.round(box.height)}`);
    figureMarkup = new XMLSerializer().serializeToString(clone) + (marks ? place(renderHtml(marks, box)) : '');
  } else figureMarkup = place(renderHtml(source, box));
  y += figureHeight + 22;

  parts.push(textLines(footLines, PAD, y, 12, 400, muted));
  y += footLines.length * 15.6;
  parts.push(textLines([asOfLine], PAD, y, 12, 400, muted));
  const height = Math.ceil(y + PAD - 8);

  const content = parts.join('') + figureMarkup;
  const svg =
    `<svg xmlns="${SVG_NS}" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<defs><style>${await fontFaces(content)}</style></defs>` +
    `<rect width="100%" height="100%" fill="${background}"/>` +
    content +
    `</svg>`;
  return { svg, width, height };
}

/** The image placed whole and centred on a canvas of `size` (a 16:9 slide), on the panel's background. */
export function fitToSize(exported: ExportedSvg, size: { width: number; height: number }): ExportedSvg {
  const scale = Math.min(size.width / exported.width, size.height / exported.height);
  const width = exported.width * scale;
  const height = exported.height * scale;
  const inner = exported.svg
    .replace(/^<svg /, `<svg x="${(size.width - width) / 2}" y="${(size.height - height) / 2}" `)
    .replace(/width="[\d.]+" height="[\d.]+"/, `width="${width}" height="${height}"`);
  const svg =
    `<svg xmlns="${SVG_NS}" width="${size.width}" height="${size.height}" viewBox="0 0 ${size.width} ${size.height}">` +
    `<rect width="100%" height="100%" fill="${themeColour('--panel', '#ffffff')}"/>${inner}</svg>`;
  return { svg, width: size.width, height: size.height };
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The fonts an SVG image embeds load after it has decoded, and its text is blank until they are in (a
 * Chinese figure embeds some twenty slices of Noto Sans SC). No event says when: the image is drawn small,
 * again and again, until three draws 150 ms apart agree (at most 3 s).
 */
async function whenTextDrawn(image: HTMLImageElement): Promise<void> {
  const probe = document.createElement('canvas');
  probe.width = 480;
  probe.height = Math.max(1, Math.round((480 * image.naturalHeight) / Math.max(1, image.naturalWidth)));
  const context = probe.getContext('2d', { willReadFrequently: true });
  if (!context) return;
  const draw = () => {
    context.clearRect(0, 0, probe.width, probe.height);
    context.drawImage(image, 0, 0, probe.width, probe.height);
    const pixels = context.getImageData(0, 0, probe.width, probe.height).data;
    let sum = 0;
    for (let i = 0; i < pixels.length; i += 4) sum = (sum * 31 + (pixels[i] ?? 0) + (pixels[i + 3] ?? 0)) | 0;
    return sum;
  };
  const deadline = performance.now() + 3000;
  let last = draw();
  let agreeing = 0;
  while (agreeing < 3 && performance.now() < deadline) {
    await delay(150);
    const next = draw();
    agreeing = next === last ? agreeing + 1 : 0;
    last = next;
  }
}

/** Draws the SVG at `scale` × its size (2 for crisp slides) and encodes it as PNG. */
export async function svgToPng({ svg, width, height }: ExportedSvg, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    await whenTextDrawn(image);
    const canvas = document.createElement('canvas');
    canvas.width = width * scale;
    canvas.height = height * scale;
    const context = canvas.getContext('2d');
    if (!context) throw new Error(t('exports.cannotDraw'));
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => {
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error(t('exports.pngFailed')))), 'image/png');
    });
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * The briefing slide as one SVG, as it is laid out on screen, scaled to `size`: every box with a
 * background or a border, every line of text where the browser set it (read word by word), and every
 * figure's SVG with its computed look; the slide's own tools are left out.
 */
export async function buildSlideSvg(
  slide: HTMLElement,
  size: { width: number; height: number },
  link: string,
): Promise<ExportedSvg> {
  await document.fonts.ready;
  const origin = slide.getBoundingClientRect();
  // The slide may be scaled to the window (a CSS transform): positions are read in the layout's pixels.
  const zoom = origin.width / slide.offsetWidth || 1;
  const body = renderHtml(slide, origin, zoom);

  const layoutWidth = slide.offsetWidth;
  const title = escapeMarkup(t('exports.slideTitle', { link }));
  const svg =
    `<svg xmlns="${SVG_NS}" xmlns:xlink="http://www.w3.org/1999/xlink" width="${size.width}" height="${size.height}" viewBox="0 0 ${layoutWidth} ${layoutWidth * (size.height / size.width)}">` +
    `<title>${title}</title>` +
    `<defs><style>${await fontFaces(title + body)}</style></defs>` +
    `<rect width="100%" height="100%" fill="${themeColour('--bg', '#ffffff')}"/>` +
    `<g>${body}</g>` +
    `</svg>`;
  return { svg, width: size.width, height: size.height };
}

/**
 * HTML as SVG, where the browser laid it out, relative to `origin` (in layout pixels, `zoom` being the
 * CSS scale it is drawn at): each box's background and border, each line of text, each SVG with its
 * computed look. Tools that only work on screen (`.briefing-tools`, buttons' hints) are left out.
 */
export function renderHtml(root: Element, origin: DOMRect, zoom = 1): string {
  const parts: string[] = [];
  const at = (rect: DOMRect) => ({
    x: (rect.left - origin.left) / zoom,
    y: (rect.top - origin.top) / zoom,
    w: rect.width / zoom,
    h: rect.height / zoom,
  });
  const visit = (element: Element) => {
    if (element.closest('.briefing-tools, .interaction-hint')) return;
    const style = getComputedStyle(element);
    if (style.display === 'none' || style.visibility === 'hidden' || element.getClientRects().length === 0) return;
    const rect = element.getBoundingClientRect();
    if (element instanceof SVGSVGElement) {
      const clone = element.cloneNode(true) as SVGSVGElement;
      inlineStyles(element, clone);
      const { x, y, w, h } = at(rect);
      clone.setAttribute('x', String(x));
      clone.setAttribute('y', String(y));
      clone.setAttribute('width', String(w));
      clone.setAttribute('height', String(h));
      if (!clone.getAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${w} ${h}`);
      parts.push(new XMLSerializer().serializeToString(clone));
      return;
    }
    parts.push(boxMarkup(style, at(rect)));
    for (const child of element.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) parts.push(textNodeMarkup(child as Text, style, origin, zoom));
      else if (child instanceof Element) visit(child);
    }
  };
  visit(root);
  return parts.join('');
}

const TRANSPARENT = /^(transparent|rgba\(0, 0, 0, 0\))$/;

/** A box's background and (uniform) border, as the page draws it. */
function boxMarkup(style: CSSStyleDeclaration, { x, y, w, h }: { x: number; y: number; w: number; h: number }): string {
  const fill = TRANSPARENT.test(style.backgroundColor) ? 'none' : style.backgroundColor;
  const borderWidth = parseFloat(style.borderTopWidth);
  const uniform =
    borderWidth > 0 &&
    style.borderTopStyle !== 'none' &&
    ['Right', 'Bottom', 'Left'].every(
      (side) => style.getPropertyValue(`border-${side.toLowerCase()}-width`) === style.borderTopWidth,
    );
  if (fill === 'none' && !uniform) {
    const bottom = parseFloat(style.borderBottomWidth);
    return bottom > 0 && style.borderBottomStyle !== 'none'
      ? `<line x1="${x}" x2="${x + w}" y1="${y + h - bottom / 2}" y2="${y + h - bottom / 2}" stroke="${style.borderBottomColor}" stroke-width="${bottom}"/>`
      : '';
  }
  const stroke = uniform ? ` stroke="${style.borderTopColor}" stroke-width="${borderWidth}"` : '';
  // A shape cut by clip-path: polygon(…) (the summits' triangles) is drawn as that polygon.
  const polygon = /^polygon\((.*)\)$/.exec(style.clipPath)?.[1];
  if (polygon) {
    const points = polygon.split(',').map((pair) => {
      const [px = '0', py = '0'] = pair.trim().split(/\s+/);
      const along = (value: string, length: number) =>
        value.endsWith('%') ? (parseFloat(value) / 100) * length : parseFloat(value);
      return `${x + along(px, w)},${y + along(py, h)}`;
    });
    return `<polygon points="${points.join(' ')}" fill="${fill}"${stroke}/>`;
  }
  const radius = Math.min(parseFloat(style.borderTopLeftRadius) || 0, w / 2, h / 2);
  return `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="${radius}" fill="${fill}"${stroke}/>`;
}

/** A text node's words on the lines the browser set them on, each line one <text> at its place. */
function textNodeMarkup(node: Text, style: CSSStyleDeclaration, origin: DOMRect, zoom: number): string {
  const text = node.data;
  if (!text.trim()) return '';
  const range = document.createRange();
  const lines: { top: number; bottom: number; left: number; words: string[] }[] = [];
  const pattern = /\S+/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    range.setStart(node, match.index);
    range.setEnd(node, match.index + match[0].length);
    // A word broken across lines (a long address) is placed letter by letter.
    const pieces =
      range.getClientRects().length > 1
        ? Array.from(match[0]).map((c, i) => [c, match.index + i] as const)
        : [[match[0], match.index] as const];
    pieces.forEach(([piece, start], i) => {
      range.setStart(node, start);
      range.setEnd(node, start + piece.length);
      const rect = range.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) return;
      const line = lines.find((l) => Math.abs(l.top - rect.top) < rect.height / 2);
      const glued = pieces.length > 1 && i > 0;
      if (line) {
        const last = line.words.length - 1;
        if (glued && last >= 0) line.words[last] = `${line.words[last] ?? ''}${piece}`;
        else line.words.push(piece);
      } else lines.push({ top: rect.top, bottom: rect.bottom, left: rect.left, words: [piece] });
    });
  }
  const size = parseFloat(style.fontSize);
  return lines
    .map((line) => {
      // The baseline, about a fifth of the font size above the bottom of the line's box.
      const bottom = (line.bottom - origin.top) / zoom;
      const height = (line.bottom - line.top) / zoom;
      const baseline = bottom - (height - size) / 2 - size * 0.22;
      return (
        `<text x="${(line.left - origin.left) / zoom}" y="${baseline}" font-family="${escapeMarkup(FONT_STACK)}" ` +
        `font-size="${size}" font-weight="${style.fontWeight}" font-style="${style.fontStyle}" fill="${style.color}" ` +
        `letter-spacing="${style.letterSpacing === 'normal' ? 0 : style.letterSpacing}" xml:space="preserve">` +
        `${escapeMarkup(style.textTransform === 'uppercase' ? line.words.join(' ').toUpperCase() : line.words.join(' '))}</text>`
      );
    })
    .join('');
}
