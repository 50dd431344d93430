import { describe, expect, it } from 'vitest';
import { compileMessage } from '@lingui/message-utils/compileMessage';
import { type Catalogue, readCatalogue } from '../../scripts/message-catalogues';
import { LANGUAGES } from './languages';

/** A message's placeholders, plural and select arguments included: `{count, plural, …}` names `count`. */
export function placeholders(message: string): string[] {
  const names = new Set<string>();
  const walk = (tokens: ReturnType<typeof compileMessage>) => {
    if (!Array.isArray(tokens)) return;
    for (const token of tokens) {
      if (typeof token === 'string') continue;
      const [name, , cases] = token as [string, string?, Record<string, unknown>?];
      if (name !== '#') names.add(name);
      if (cases && typeof cases === 'object')
        Object.values(cases).forEach((c) => walk(c as ReturnType<typeof compileMessage>));
    }
  };
  walk(compileMessage(message));
  return [...names].sort();
}

/** What is wrong with `other` measured against the English catalogue, one line per fault. */
export function catalogueFaults(language: string, english: Catalogue, other: Catalogue): string[] {
  const faults: string[] = [];
  for (const [id, message] of Object.entries(english)) {
    const translated = other[id];
    if (translated === undefined) {
      faults.push(`${language}: no message ${id}`);
      continue;
    }
    if (!translated.trim()) faults.push(`${language}: ${id} is empty`);
    const want = placeholders(message).join(', ');
    const got = placeholders(translated).join(', ');
    if (want !== got) faults.push(`${language}: ${id} has placeholders {${got}}, English has {${want}}`);
  }
  for (const id of Object.keys(other))
    if (!(id in english)) faults.push(`${language}: ${id} is not an English message`);
  return faults;
}

const english = await readCatalogue('en');

describe('the message catalogues', () => {
  it('give every language every message, with the same placeholders', async () => {
    const faults: string[] = [];
    for (const language of LANGUAGES.filter((l) => l !== 'en'))
      faults.push(...catalogueFaults(language, english, await readCatalogue(language)));
    expect(faults).toEqual([]);
  });

  it('all compile as ICU MessageFormat', async () => {
    for (const language of LANGUAGES)
      for (const [id, message] of Object.entries(await readCatalogue(language)))
        expect(() => compileMessage(message), `${language} ${id}`).not.toThrow();
  });

  it('would see a missing message, a lost placeholder and a stray one', () => {
    const base = { 'a.one': 'Hello {name}', 'a.two': '{count, plural, one {# event} other {# events}}' };
    expect(catalogueFaults('xx', base, { 'a.one': 'Привет', 'a.three': 'x' })).toEqual([
      'xx: a.one has placeholders {}, English has {name}',
      'xx: no message a.two',
      'xx: a.three is not an English message',
    ]);
    expect(
      catalogueFaults('xx', base, { 'a.one': 'Привет, {name}', 'a.two': '{n, plural, other {# событий}}' }),
    ).toEqual(['xx: a.two has placeholders {n}, English has {count}']);
  });
});
