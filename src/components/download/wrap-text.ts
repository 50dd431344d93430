/** Han characters: Chinese sets no spaces, and a line may break after any of them. */
const IDEOGRAPH = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';
/** Punctuation that opens: kept with what follows it, never left at a line's end. */
const OPENING = '（“‘《「『【〔';
/** Punctuation that closes: kept with what precedes it, never at a line's start. */
const CLOSING = '，。、；：？！）”’》」』】〕…·';
/**
 * The pieces a line may break between: each word, and within Chinese each character, with the
 * punctuation around it (a comma or a closing bracket never starts a line).
 */
const PIECE = new RegExp(`[${OPENING}]*(?:[${IDEOGRAPH}][${CLOSING}]*|[^${IDEOGRAPH}${OPENING}]+)`, 'gu');

/**
 * Breaks text into lines no wider than `maxWidth`, at spaces, and in Chinese between characters; a
 * single over-long word gets a line of its own.
 */
export function wrapText(text: string, maxWidth: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    (word.match(PIECE) ?? [word]).forEach((piece, i) => {
      // The first piece of a word follows a space; the others follow the piece before them directly.
      const candidate = line ? `${line}${i === 0 ? ' ' : ''}${piece}` : piece;
      if (line && measure(candidate) > maxWidth) {
        lines.push(line);
        line = piece;
      } else {
        line = candidate;
      }
    });
  }
  if (line) lines.push(line);
  return lines;
}
