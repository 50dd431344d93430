/**
 * The interface's messages: one folder per language under src/i18n/messages/, one JSON file per
 * namespace (`map.json` holds the `map.` messages), each message in ICU MessageFormat. The build
 * compiles each language into one JSON file of Lingui's compiled form (src/i18n/load-messages.ts
 * fetches it); the unit tests and the startup screen read the same catalogues from here.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { compileMessage } from '@lingui/message-utils/compileMessage';
import type { Plugin } from 'vite';
import { LANGUAGES, type Language } from '../src/i18n/languages.ts';

export const MESSAGES_DIR = path.resolve(import.meta.dirname, '../src/i18n/messages');

export type Catalogue = Record<string, string>;

/** A language's messages, by id (`namespace.key`), as written. */
export async function readCatalogue(language: Language, dir = MESSAGES_DIR): Promise<Catalogue> {
  const folder = path.join(dir, language);
  const files = (await readdir(folder)).filter((name) => name.endsWith('.json')).sort();
  const catalogue: Catalogue = {};
  for (const file of files) {
    const namespace = file.replace(/\.json$/, '');
    const messages = JSON.parse(await readFile(path.join(folder, file), 'utf8')) as Record<string, unknown>;
    for (const [key, message] of Object.entries(messages)) {
      if (typeof message !== 'string') throw new Error(`${language}/${file}: "${key}" is not a string`);
      catalogue[`${namespace}.${key}`] = message;
    }
  }
  return catalogue;
}

export function compileCatalogue(catalogue: Catalogue): Record<string, ReturnType<typeof compileMessage>> {
  return Object.fromEntries(Object.entries(catalogue).map(([id, message]) => [id, compileMessage(message)]));
}

const VIRTUAL = 'virtual:message-catalogues';

/**
 * `virtual:message-catalogues`: each language's compiled catalogue as a URL. The files are written to
 * node_modules/.cache and imported with `?url&no-inline`, so that Vite hashes them, places them under
 * the relative base and never inlines one as a data: URL (which the page's CSP would refuse to fetch).
 */
export function messageCatalogues(): Plugin {
  let cacheDir = '';
  return {
    name: 'message-catalogues',
    configResolved(config) {
      cacheDir = path.resolve(config.root, 'node_modules/.cache/message-catalogues');
    },
    resolveId(id) {
      return id === VIRTUAL ? `\0${VIRTUAL}` : undefined;
    },
    async load(id) {
      if (id !== `\0${VIRTUAL}`) return undefined;
      await mkdir(cacheDir, { recursive: true });
      const lines: string[] = [];
      for (const language of LANGUAGES) {
        const compiled = compileCatalogue(await readCatalogue(language));
        const file = path.join(cacheDir, `messages-${language}.json`);
        await writeFile(file, JSON.stringify(compiled));
        for (const name of await readdir(path.join(MESSAGES_DIR, language)))
          this.addWatchFile(path.join(MESSAGES_DIR, language, name));
        lines.push(`import ${language} from ${JSON.stringify(`${file}?url&no-inline`)};`);
      }
      lines.push(`export default { ${LANGUAGES.join(', ')} };`);
      return lines.join('\n');
    },
  };
}
