/**
 * The fonts an exported SVG carries, so that it looks in any viewer, on a machine without Inter or a
 * Chinese font, as it did on screen: each @font-face of the page's style sheets (Inter's Latin and
 * Cyrillic faces, Noto Sans SC's slices when the page is in Chinese) whose Unicode range holds a
 * character of the file's text, embedded as a data: URL.
 */

export interface PageFace {
  family: string;
  weight: string;
  style: string;
  url: string;
  /** The face's `unicode-range`; null where it has none (it covers everything). */
  range: string | null;
}

type Range = readonly [number, number];

/** `U+0-FF, U+131, U+4E??` → the code points' ranges. */
export function parseUnicodeRange(value: string): Range[] {
  return value
    .split(',')
    .map((part) => part.trim().replace(/^u\+/i, ''))
    .filter(Boolean)
    .map((part): Range => {
      if (part.includes('?')) return [parseInt(part.replace(/\?/g, '0'), 16), parseInt(part.replace(/\?/g, 'F'), 16)];
      const [from = '', to = from] = part.split('-');
      return [parseInt(from, 16), parseInt(to, 16)];
    })
    .filter(([from, to]) => Number.isFinite(from) && Number.isFinite(to));
}

function codePoints(text: string): Set<number> {
  const points = new Set<number>();
  for (let i = 0; i < text.length; i++) {
    const point = text.codePointAt(i) ?? 0;
    points.add(point);
    if (point > 0xffff) i++;
  }
  return points;
}

/** The faces to embed for a text: those of the families named whose range holds one of its characters. */
export function facesFor(faces: readonly PageFace[], families: readonly string[], text: string): PageFace[] {
  const points = [...codePoints(text)].filter((p) => p > 0x20);
  return faces.filter((face) => {
    if (!families.includes(face.family)) return false;
    if (face.range === null) return true;
    const ranges = parseUnicodeRange(face.range);
    return points.some((p) => ranges.some(([from, to]) => p >= from && p <= to));
  });
}

const unquote = (value: string) => value.trim().replace(/^["']|["']$/g, '');

/** Every @font-face of the page's style sheets, its URL resolved against its sheet's. */
export function pageFaces(): PageFace[] {
  const faces: PageFace[] = [];
  for (const sheet of Array.from(document.styleSheets)) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue;
    }
    for (const rule of Array.from(rules)) {
      if (!(rule instanceof CSSFontFaceRule)) continue;
      const style = rule.style;
      const src = /url\(\s*["']?([^"')]+\.woff2[^"')]*)["']?\s*\)/.exec(style.getPropertyValue('src'))?.[1];
      if (!src) continue;
      faces.push({
        family: unquote(style.getPropertyValue('font-family')),
        weight: style.getPropertyValue('font-weight') || '400',
        style: style.getPropertyValue('font-style') || 'normal',
        url: new URL(src, sheet.href ?? document.baseURI).href,
        range: style.getPropertyValue('unicode-range') || null,
      });
    }
  }
  return faces;
}

async function dataUrl(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`The font ${url} could not be embedded: HTTP ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `data:font/woff2;base64,${btoa(binary)}`;
}

/** The @font-face rules, fonts embedded, that draw `text` in the families named. */
export async function embeddedFontFaces(families: readonly string[], text: string): Promise<string> {
  const faces = facesFor(pageFaces(), families, text);
  const rules = await Promise.all(
    faces.map(async (face) => {
      const range = face.range ? `;unicode-range:${face.range}` : '';
      return (
        `@font-face{font-family:'${face.family}';font-weight:${face.weight};font-style:${face.style}${range};` +
        `src:url(${await dataUrl(face.url)}) format('woff2')}`
      );
    }),
  );
  return rules.join('');
}
