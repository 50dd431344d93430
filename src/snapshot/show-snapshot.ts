import { startedText } from '../data/load-file';
import type { FetchedFile } from '../data/schemas';
import { contentWidth } from '../lib/content-width';
import { MEASURED_SELECTORS, type SnapshotManifest } from './snapshot-manifest';

/*
 * The first view's snapshot, on the page: a drawing of the default view made by the build from the data
 * files it shipped (scripts/first-view-snapshot.ts), shown while the app starts beneath it, and only
 * where it cannot differ from what the app will draw:
 * - the page is a view the build drew (the default view, the map's embed: its query is the same), in English;
 * - every data file it was drawn from is served unchanged (its SHA-256 is the build's): an
 *   administrator who replaces a file without rebuilding gets no snapshot;
 * - the viewport is the width it was drawn at (or matches its media query, where nothing drawn depends
 *   on a width), and the widths it was drawn at are the page's.
 * It cannot be used (inert, hidden from assistive technology, a progress cursor) and is taken away in
 * the task in which the app, drawn out of sight in the same place, has finished its first view
 * (`data-render-complete` on #root) or has failed to start (endSnapshot). Nothing here may import React.
 */

const OFFSTAGE = 'is-offstage';

/** Why there is no snapshot; `<html data-first-view-snapshot>` says it, for the tests and the bench. */
export type SnapshotRefusal =
  | 'no manifest'
  | 'no snapshot of this view'
  | 'not in English'
  | 'no SHA-256 here'
  | 'no layout for this width'
  | 'a data file differs'
  | 'a data file could not be had'
  | 'the drawing could not be had'
  | 'the app came first'
  | 'the widths differ';

export interface SnapshotPage {
  search: string;
  language: string;
  /** SHA-256 (crypto.subtle) is there in a secure context only: https, or a loopback address. */
  secure: boolean;
  viewportWidth: number;
  matchesMedia: (query: string) => boolean;
  /** The text of a data file as the page received it (load-file.ts). */
  textOf: (file: FetchedFile) => Promise<string> | undefined;
  fetchMarkup: (href: string) => Promise<string>;
  /** The content width of an element, as the app measures it. */
  measure: (element: HTMLElement) => number;
}

const browserPage = (language: string): SnapshotPage => ({
  search: window.location.search,
  language,
  secure: window.isSecureContext,
  viewportWidth: document.documentElement.clientWidth,
  matchesMedia: (query) => window.matchMedia(query).matches,
  textOf: startedText,
  fetchMarkup: (href) =>
    fetch(href).then((response) =>
      response.ok ? response.text() : Promise.reject(new Error(String(response.status))),
    ),
  measure: contentWidth,
});

export function readManifest(doc: Document): SnapshotManifest | null {
  const text = doc.querySelector('meta[name="first-view-snapshots"]')?.getAttribute('content');
  if (!text) return null;
  try {
    return JSON.parse(text) as SnapshotManifest;
  } catch {
    return null;
  }
}

export async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Whether every file the snapshot was drawn from arrived with the text it was drawn from; throws if one could not be had. */
export async function filesMatch(files: SnapshotManifest['files'], textOf: SnapshotPage['textOf']): Promise<boolean> {
  const checks = Object.entries(files).map(async ([file, expected]) => {
    const text = textOf(file as FetchedFile);
    return text !== undefined && (await sha256(await text)) === expected;
  });
  return (await Promise.all(checks)).every(Boolean);
}

/**
 * Shows the snapshot before #root when it may be shown, and hands over to the app when the app is
 * drawn; settles with the refusal, or null when shown.
 */
export async function showSnapshot(
  root: HTMLElement,
  language: string,
  page: SnapshotPage = browserPage(language),
): Promise<SnapshotRefusal | null> {
  const refusal = await tryToShow(root, page);
  document.documentElement.dataset.firstViewSnapshot = refusal === null ? 'shown' : `none: ${refusal}`;
  return refusal;
}

async function tryToShow(root: HTMLElement, page: SnapshotPage): Promise<SnapshotRefusal | null> {
  const manifest = readManifest(root.ownerDocument);
  if (!manifest) return 'no manifest';
  const search = page.search === '?' ? '' : page.search;
  const ofView = manifest.layouts.filter((entry) => entry.search === search);
  if (ofView.length === 0) return 'no snapshot of this view';
  if (page.language !== 'en') return 'not in English';
  if (!page.secure) return 'no SHA-256 here';
  const layout = ofView.find((entry) =>
    entry.media ? page.matchesMedia(entry.media) : entry.viewportWidth === page.viewportWidth,
  );
  if (!layout) return 'no layout for this width';
  const drawing = page.fetchMarkup(layout.href);
  drawing.catch(() => undefined);
  try {
    if (!(await filesMatch(manifest.files, page.textOf))) return 'a data file differs';
  } catch {
    return 'a data file could not be had';
  }
  let markup: string;
  try {
    markup = await drawing;
  } catch {
    return 'the drawing could not be had';
  }
  if (root.dataset.renderComplete !== undefined || !root.isConnected) return 'the app came first';

  const snapshot = snapshotElement(root.ownerDocument, markup);
  root.before(snapshot);
  root.classList.add(OFFSTAGE);
  // Laid out here, before anything is painted: at other widths the app would draw something else.
  const differs = Object.entries(layout.widths).some(([name, width]) => {
    const element = snapshot.querySelector<HTMLElement>(MEASURED_SELECTORS[name as keyof typeof MEASURED_SELECTORS]);
    return !element || page.measure(element) !== width;
  });
  if (differs) {
    takeAway(root, snapshot);
    return 'the widths differ';
  }
  handOverWhenDrawn(root, snapshot);
  return null;
}

function snapshotElement(doc: Document, markup: string): HTMLElement {
  const snapshot = doc.createElement('div');
  snapshot.className = 'first-view-snapshot';
  snapshot.inert = true;
  snapshot.setAttribute('aria-hidden', 'true');
  // Parsed straight into this document: the app's own markup, from the page's own origin, with no script.
  snapshot.append(doc.createRange().createContextualFragment(markup));
  for (const element of snapshot.querySelectorAll<HTMLElement | SVGElement>('[data-snapshot-style]')) {
    element.style.cssText = element.dataset.snapshotStyle ?? '';
    delete element.dataset.snapshotStyle;
  }
  return snapshot;
}

function takeAway(root: HTMLElement, snapshot: HTMLElement): void {
  snapshot.remove();
  root.classList.remove(OFFSTAGE);
}

let handOver: (() => void) | null = null;

/** The app takes the snapshot's place once its first view is complete (its start failing calls endSnapshot). */
function handOverWhenDrawn(root: HTMLElement, snapshot: HTMLElement): void {
  const observer = new MutationObserver(() => {
    if (root.dataset.renderComplete !== undefined) endSnapshot();
  });
  observer.observe(root, { attributes: true, attributeFilter: ['data-render-complete'] });
  handOver = () => {
    observer.disconnect();
    takeAway(root, snapshot);
  };
}

/** Takes the snapshot away, if one is shown: the app's first view is drawn, or the app could not start. */
export function endSnapshot(): void {
  handOver?.();
  handOver = null;
}
