/**
 * The build's snapshot of the first view (src/snapshot/): the default view and the map's embed drawn by
 * React on the server, for each layout of src/snapshot/snapshot-layouts.ts, from the data files the build ships. Each
 * drawing is written as a page fragment under `assets/`; index.html lists them, with the SHA-256 of each
 * data file they were drawn from, and the page shows one only when the files it is served have those
 * hashes (src/snapshot/show-snapshot.ts). Data that cannot be drawn (a file missing or failing its
 * check) gives no snapshot, and the build says why; the page then starts as it would without one.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createServer, type Plugin } from 'vite';
import { DRAWING_MARK, MANIFEST_META, type SnapshotManifest } from '../src/snapshot/snapshot-manifest.ts';
import { SNAPSHOT_LAYOUTS, type SnapshotLayout, type SnapshotLayoutSpec } from '../src/snapshot/snapshot-layouts.ts';
import { compileCatalogue, messageCatalogues, readCatalogue } from './message-catalogues.ts';

export interface DrawnSnapshot {
  layout: SnapshotLayout;
  fileName: string;
  markup: string;
}

/** Inline styles would be refused under the page's CSP (`style-src 'self'`): the page applies them through the CSSOM. */
export function moveInlineStyles(markup: string): string {
  return markup.replace(/ style="/g, ' data-snapshot-style="');
}

export const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** Draws every layout from the data in `dataDir`, with the app's modules loaded by a Vite server of its own. */
export async function drawSnapshots(
  root: string,
  dataDir: string,
): Promise<{ snapshots: DrawnSnapshot[]; manifest: SnapshotManifest }> {
  const server = await createServer({
    configFile: false,
    root,
    base: './',
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
    plugins: [messageCatalogues()],
  });
  try {
    // Loaded by Vite, as the app's own modules (its JSX, CSS imports and virtual modules) need.
    const module = (await server.ssrLoadModule('/src/snapshot/render-first-view.tsx')) as {
      renderFirstView: (texts: Record<string, string>, messages: unknown, layout: SnapshotLayout) => Promise<string>;
      SNAPSHOT_FILES: readonly string[];
    };
    const texts: Record<string, string> = {};
    for (const file of module.SNAPSHOT_FILES) texts[file] = await readFile(path.join(dataDir, file), 'utf8');
    const messages = compileCatalogue(await readCatalogue('en'));
    const snapshots: DrawnSnapshot[] = [];
    const manifest: SnapshotManifest = { files: {}, layouts: [] };
    for (const file of module.SNAPSHOT_FILES) manifest.files[file] = sha256(texts[file] ?? '');
    for (const layout of Object.keys(SNAPSHOT_LAYOUTS) as SnapshotLayout[]) {
      const markup = DRAWING_MARK + moveInlineStyles(await module.renderFirstView(texts, messages, layout));
      const fileName = `assets/first-view-${layout}-${sha256(markup).slice(0, 10)}.html`;
      snapshots.push({ layout, fileName, markup });
      const spec: SnapshotLayoutSpec = SNAPSHOT_LAYOUTS[layout];
      const where = spec.media ? { media: spec.media } : { viewportWidth: spec.viewport.width };
      manifest.layouts.push({ layout, href: `./${fileName}`, search: spec.search, ...where, widths: spec.widths });
    }
    return { snapshots, manifest };
  } finally {
    await server.close();
  }
}

/** The manifest as the page reads it: JSON in a meta element's content (no script in the page but its own files). */
export function manifestElement(manifest: SnapshotManifest): string {
  const json = JSON.stringify(manifest).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<meta name="${MANIFEST_META}" content="${json}" />`;
}

/** Vite plugin: draws the snapshots once per build, lists them in index.html and writes them beside the assets. */
export function firstViewSnapshot(dataDir: string): Plugin {
  let root = process.cwd();
  let outDir = 'dist';
  let drawn: DrawnSnapshot[] = [];
  return {
    name: 'first-view-snapshot',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async transformIndexHtml(html) {
      try {
        const { snapshots, manifest } = await drawSnapshots(root, dataDir);
        drawn = snapshots;
        return html.replace('</head>', `    ${manifestElement(manifest)}\n  </head>`);
      } catch (error) {
        drawn = [];
        console.warn(
          `first-view-snapshot: no snapshot of the first view: ${error instanceof Error ? error.message : String(error)}`,
        );
        return html;
      }
    },
    // Written after the bundle: index.html is transformed once the bundle's own assets are emitted.
    async writeBundle() {
      for (const { fileName, markup } of drawn) {
        await mkdir(path.dirname(path.join(outDir, fileName)), { recursive: true });
        await writeFile(path.join(outDir, fileName), markup);
      }
    },
  };
}
