import { startedText } from '../data/load-file';
import type { FetchedFile } from '../data/schemas';
import { contentWidth } from '../lib/content-width';
import { DRAWING_MARK, MANIFEST_META, MEASURED_SELECTORS, type SnapshotManifest } from './snapshot-manifest';

/*
 * The first view's snapshot, on the page: a drawing of the view (the default view, the map's embed) made
 * by the build from the data files it shipped (scripts/first-view-snapshot.ts), shown while the app
 * starts beneath it, and only where it cannot differ from what the app will draw:
 * - the page is a view the build drew (the default view, the map's embed: its query is the same), in English;
 * - every data file it was drawn from is served unchanged (its SHA-256 is the build's): an
 *   administrator who replaces a file without rebuilding gets no snapshot;
 * - the viewport is the width it was drawn at (or matches its media query, where nothing drawn depends
 *   on a width), and the widths it was drawn at are the page's.
 * It cannot be used (inert, hidden from assistive technology, which hears the startup screen's status; a
 * progress cursor) and is taken away in the task in which the app, drawn out of sight in the same place,
 * has finished its first view (`data-render-complete` on #root) or has failed (endSnapshot). Nothing
 * here may import React.
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
  | 'not a drawing of the build'
  | 'the app came first'
  | 'the widths differ';

/** How long a snapshot may stay up: an app that never marks its first view drawn gives way to its own page then. */
const LONGEST_SHOWN_MS = 15_000;
const SHOWING = 'showing-snapshot';

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

function readManifest(doc: Document): SnapshotManifest | null {
  const text = doc.querySelector(`meta[name="${MANIFEST_META}"]`)?.getAttribute('content');
  if (!text) return null;
  try {
    return JSON.parse(text) as SnapshotManifest;
  } catch {
    return null;
  }
}

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Whether every file the snapshot was drawn from arrived with the text it was drawn from: false as soon as
 * one differs (the page's start waits for this); throws if one could not be had.
 */
export function filesMatch(files: SnapshotManifest['files'], textOf: SnapshotPage['textOf']): Promise<boolean> {
  const entries = Object.entries(files);
  if (entries.length === 0) return Promise.resolve(false);
  return new Promise((resolve, reject) => {
    let left = entries.length;
    for (const [file, expected] of entries) {
      const text = textOf(file as FetchedFile);
      if (text === undefined) {
        resolve(false);
        return;
      }
      text
        .then(sha256)
        .then((actual) => {
          if (actual !== expected) resolve(false);
          else if (--left === 0) resolve(true);
        })
        .catch(reject);
    }
  });
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
  if (!markup.startsWith(DRAWING_MARK) || /<script|\bid="root"/i.test(markup)) return 'not a drawing of the build';
  const ended = root.ownerDocument.documentElement.hasAttribute(ENDED);
  if (ended || root.dataset.renderComplete !== undefined || !root.isConnected) return 'the app came first';

  const snapshot = snapshotElement(root, markup);
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
  handOverWhenDrawn(root, snapshot, page.viewportWidth);
  return null;
}

function snapshotElement(root: HTMLElement, markup: string): HTMLElement {
  const doc = root.ownerDocument;
  const snapshot = doc.createElement('div');
  snapshot.className = 'first-view-snapshot';
  snapshot.setAttribute('inert', '');
  snapshot.setAttribute('aria-hidden', 'true');
  // Parsed in a template, whose content never runs: the app's own markup, from the page's own origin.
  const template = doc.createElement('template');
  template.innerHTML = markup;
  snapshot.append(template.content);
  for (const element of snapshot.querySelectorAll<HTMLElement | SVGElement>('[data-snapshot-style]')) {
    element.style.cssText = element.dataset.snapshotStyle ?? '';
    delete element.dataset.snapshotStyle;
  }
  // What assistive technology hears meanwhile: the startup screen's status, which #root now hides.
  const status = doc.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  status.textContent = root.querySelector('.startup-status')?.textContent ?? '';
  const holder = doc.createElement('div');
  holder.append(status, snapshot);
  return holder;
}

function takeAway(root: HTMLElement, snapshot: HTMLElement): void {
  snapshot.remove();
  root.classList.remove(OFFSTAGE);
  root.ownerDocument.documentElement.classList.remove(SHOWING);
}

let handOver: (() => void) | null = null;
/** On <html> once the app has started without a snapshot, or given up on one: none may be put up after. */
const ENDED = 'data-snapshot-ended';

/**
 * The app takes the snapshot's place once its first view is complete; before that if the app fails
 * (endSnapshot), the viewport's width changes (the drawing is at the old one), or it stays too long.
 */
function handOverWhenDrawn(root: HTMLElement, snapshot: HTMLElement, viewportWidth: number): void {
  const doc = root.ownerDocument;
  doc.documentElement.classList.add(SHOWING);
  const observer = new MutationObserver(() => {
    if (root.dataset.renderComplete !== undefined) endSnapshot();
  });
  observer.observe(root, { attributes: true, attributeFilter: ['data-render-complete'] });
  // Width only: a phone's address bar, shown or hidden, resizes the viewport's height as the reader scrolls.
  const resized = () => {
    if (doc.documentElement.clientWidth !== viewportWidth) endSnapshot();
  };
  window.addEventListener('resize', resized);
  const timer = setTimeout(endSnapshot, LONGEST_SHOWN_MS);
  handOver = () => {
    observer.disconnect();
    window.removeEventListener('resize', resized);
    clearTimeout(timer);
    takeAway(root, snapshot);
  };
}

/**
 * No snapshot from now on: the one shown, if any, is taken away (the app's first view is drawn, or the
 * app could not start or failed while drawing), and one still being checked is not put up.
 */
export function endSnapshot(): void {
  document.documentElement.setAttribute(ENDED, '');
  handOver?.();
  handOver = null;
}

/** One still being checked is not put up (the app's start no longer waits for it); one shown stays. */
export function refuseLateSnapshot(): void {
  document.documentElement.setAttribute(ENDED, '');
}
