import type { Page } from '@playwright/test';

/**
 * Words that may stand in Latin letters on a page in Russian or Chinese: codes and names that are the
 * same in every language (ISO codes, file formats, the IMF's database, keys, the map's data source).
 */
export const LATIN_ALLOWED = new Set([
  'KAZ',
  'KGZ',
  'TJK',
  'TKM',
  'UZB',
  'CHN',
  'CA5',
  'USD',
  'IMF',
  'DOTS',
  'CSV',
  'PNG',
  'SVG',
  'JSON',
  'PDF',
  'ISO',
  'HS',
  'C+C5',
  'CAGR',
  'FOB',
  'CIF',
  'Esc',
  'Ctrl',
  'Enter',
  'Natural',
  'Earth',
]);

/**
 * The interface's words on the page that are in Latin letters and not allowed: visible text and the
 * accessible names (aria-label, title, alt, placeholder) of elements in the page's language. Text marked
 * as another language (`lang="en"`, the sources' English titles) is the data's, not the interface's.
 */
export async function untranslatedWords(page: Page): Promise<string[]> {
  const found = await page.evaluate(() => {
    const pageLang = document.documentElement.lang.slice(0, 2);
    const inPageLanguage = (element: Element) =>
      (element.closest('[lang]')?.getAttribute('lang') ?? pageLang).slice(0, 2) === pageLang;
    const words: string[] = [];
    const take = (raw: string, where: string) => {
      // File names and addresses are codes, the same in every language.
      const text = raw.replace(/https?:\/\/\S+/g, ' ').replace(/[\w.-]+\.(json|csv|png|svg|pdf|xlsx|md)\b/g, ' ');
      for (const word of text.match(/[A-Za-z][A-Za-z’'+-]*[A-Za-z0-9]/g) ?? [])
        if (word.length >= 3) words.push(`${word} (${where})`);
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !inPageLanguage(parent) || !parent.checkVisibility({ visibilityProperty: true })) continue;
      if (parent.closest('script, style, code, kbd, samp, [translate="no"]')) continue;
      take(node.textContent ?? '', `text in <${parent.tagName.toLowerCase()}>`);
    }
    for (const element of document.body.querySelectorAll('[aria-label], [title], [alt], [placeholder]')) {
      if (!inPageLanguage(element) || element.closest('[translate="no"]')) continue;
      for (const name of ['aria-label', 'title', 'alt', 'placeholder']) {
        const value = element.getAttribute(name);
        if (value) take(value, `${name} of <${element.tagName.toLowerCase()}>`);
      }
    }
    return words;
  });
  return [...new Set(found)].filter((entry) => {
    const word = entry.slice(0, entry.indexOf(' ('));
    return !isAllowed(word);
  });
}

function isAllowed(word: string): boolean {
  return LATIN_ALLOWED.has(word) || LATIN_ALLOWED.has(word.toUpperCase());
}
