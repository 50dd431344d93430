/**
 * The Chinese font, self-hosted: Noto Sans SC (@fontsource/noto-sans-sc, SIL OFL), regular weight, in
 * the package's ~100 slices by Unicode range, so that a page loads only the slices of the characters it
 * shows. Its style sheet is 100 kB, too much for every reader: it is a file of its own,
 * `fonts/noto-sans-sc.css`, linked only when the page is in Chinese (public/startup.js, src/i18n/cjk-font.ts).
 * Bold text in Chinese is drawn by the browser from the regular weight.
 */
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Plugin } from 'vite';
import { CJK_FONT_CSS } from '../src/i18n/cjk-font.ts';

const PACKAGE_DIR = path.dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans-sc/package.json'));
const FONT_DIR = CJK_FONT_CSS.replace(/\.css$/, '');

/** The package's regular-weight style sheet, woff2 only, its URLs pointing into `fonts/noto-sans-sc/`. */
export function cjkFontCss(source: string): { css: string; files: string[] } {
  const files: string[] = [];
  const css = source.replace(
    /src:\s*url\(\.\/files\/([\w-]+\.woff2)\)\s*format\('woff2'\)(?:,\s*url\([^)]*\)\s*format\('woff'\))?/g,
    (_, file: string) => {
      files.push(file);
      return `src: url(./noto-sans-sc/${file}) format('woff2')`;
    },
  );
  if (files.length === 0 || css.includes('.woff)'))
    throw new Error('cjk-font: the package’s style sheet has changed form');
  return { css, files };
}

async function built(): Promise<{ css: string; files: string[] }> {
  return cjkFontCss(await readFile(path.join(PACKAGE_DIR, '400.css'), 'utf8'));
}

export function cjkFont(): Plugin {
  let outDir = 'dist';
  return {
    name: 'cjk-font',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    configureServer(server) {
      server.middlewares.use('/fonts/', (req, res, next) => {
        const name = (req.url ?? '').split('?')[0]?.replace(/^\/+/, '') ?? '';
        const file = name === 'noto-sans-sc.css' ? null : /^noto-sans-sc\/([\w-]+\.woff2)$/.exec(name)?.[1];
        if (file === undefined) {
          next();
          return;
        }
        const body = file === null ? built().then((b) => b.css) : readFile(path.join(PACKAGE_DIR, 'files', file));
        body
          .then((content) => {
            res.setHeader('Content-Type', file === null ? 'text/css' : 'font/woff2');
            res.end(content);
          })
          .catch(() => {
            res.statusCode = 404;
            res.end();
          });
      });
    },
    async writeBundle() {
      const { css, files } = await built();
      await mkdir(path.join(outDir, FONT_DIR), { recursive: true });
      await writeFile(path.join(outDir, CJK_FONT_CSS), css);
      await Promise.all(
        files.map((file) => copyFile(path.join(PACKAGE_DIR, 'files', file), path.join(outDir, FONT_DIR, file))),
      );
    },
  };
}
