// @vitest-environment jsdom
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FetchedFile } from '../data/schemas';
import { MANIFEST_META, type SnapshotManifest } from './snapshot-manifest';
import { endSnapshot, filesMatch, refuseLateSnapshot, showSnapshot, type SnapshotPage } from './show-snapshot';

const hash = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const TEXTS: Partial<Record<FetchedFile, string>> = {
  'trade.json': '{"asOf":"2026-11-27"}',
  'events.json': '{"events":[]}',
};
const MARKUP =
  '<!--first-view-snapshot--><main><div class="chart-deck"><div class="plain-chart" data-snapshot-style="width:768px;height:280px"></div></div>' +
  '<div class="timeline-body"></div></main>';

function manifest(files = TEXTS): SnapshotManifest {
  return {
    files: Object.fromEntries(Object.entries(files).map(([file, text]) => [file, hash(text)])),
    layouts: [
      {
        layout: 'wide',
        search: '',
        href: './assets/first-view-wide.html',
        viewportWidth: 1440,
        widths: { 'chart-deck': 768, timeline: 539 },
      },
      {
        layout: 'map-embed-narrow',
        search: '?embed=map',
        href: './assets/first-view-map-embed-narrow.html',
        media: '(max-width: 600px)',
        widths: {},
      },
    ],
  };
}

function page(overrides: Partial<SnapshotPage> = {}): SnapshotPage {
  return {
    search: '',
    language: 'en',
    secure: true,
    viewportWidth: 1440,
    matchesMedia: () => false,
    textOf: (file) => {
      const text = TEXTS[file];
      return text === undefined ? undefined : Promise.resolve(text);
    },
    fetchMarkup: () => Promise.resolve(MARKUP),
    measure: (element) => (element.classList.contains('chart-deck') ? 768 : 539),
    ...overrides,
  };
}

let root: HTMLElement;
beforeEach(() => {
  const meta = document.createElement('meta');
  meta.name = MANIFEST_META;
  meta.content = JSON.stringify(manifest());
  document.head.replaceChildren(meta);
  document.body.innerHTML = '<div id="root"><div class="startup-status" role="status">Loading…</div></div>';
  root = document.getElementById('root') ?? document.body;
  document.documentElement.removeAttribute('data-snapshot-ended');
});
afterEach(() => endSnapshot());

const snapshotShown = () => document.querySelector<HTMLElement>('.first-view-snapshot');

describe('the first view’s snapshot', () => {
  it('is shown before #root, unusable and hidden from assistive technology, with its styles, while the app is drawn unseen', async () => {
    expect(await showSnapshot(root, 'en', page())).toBeNull();
    const shown = snapshotShown();
    if (!shown) throw new Error('no snapshot shown');
    expect(shown.parentElement?.nextElementSibling).toBe(root);
    expect(shown.hasAttribute('inert')).toBe(true);
    expect(shown.getAttribute('aria-hidden')).toBe('true');
    const chart = shown.querySelector<HTMLElement>('.plain-chart');
    expect(chart?.style.width).toBe('768px');
    expect(chart?.hasAttribute('data-snapshot-style')).toBe(false);
    expect(root.classList.contains('is-offstage')).toBe(true);
    expect(document.documentElement.dataset.firstViewSnapshot).toBe('shown');
    expect(document.querySelector('[role="status"]')?.textContent).toBe('Loading…');
  });

  it('gives way to the app once the app marks its first view drawn', async () => {
    await showSnapshot(root, 'en', page());
    root.dataset.renderComplete = 'true';
    await new Promise((resolve) => setTimeout(resolve));
    expect(snapshotShown()).toBeNull();
    expect(root.classList.contains('is-offstage')).toBe(false);
  });

  it('gives way at once when the app cannot start, and none is put up after', async () => {
    await showSnapshot(root, 'en', page());
    endSnapshot();
    expect(snapshotShown()).toBeNull();
    expect(root.classList.contains('is-offstage')).toBe(false);
    expect(await showSnapshot(root, 'en', page())).toBe('the app came first');
  });

  it('is not put up once the app’s start has stopped waiting for it', async () => {
    refuseLateSnapshot();
    expect(await showSnapshot(root, 'en', page())).toBe('the app came first');
    expect(snapshotShown()).toBeNull();
  });

  it('gives way when the viewport’s width changes, not its height', async () => {
    let width = 1440;
    Object.defineProperty(document.documentElement, 'clientWidth', { configurable: true, get: () => width });
    await showSnapshot(root, 'en', page());
    window.dispatchEvent(new Event('resize'));
    expect(snapshotShown()).not.toBeNull();
    width = 1280;
    window.dispatchEvent(new Event('resize'));
    expect(snapshotShown()).toBeNull();
  });

  it('shows only a drawing of the build, and never runs what it holds', async () => {
    const notOurs = page({ fetchMarkup: () => Promise.resolve('<!doctype html><div id="root"></div>') });
    expect(await showSnapshot(root, 'en', notOurs)).toBe('not a drawing of the build');
    const withScript = page({ fetchMarkup: () => Promise.resolve(`${MARKUP}<script>window.ran = 1</script>`) });
    expect(await showSnapshot(root, 'en', withScript)).toBe('not a drawing of the build');
    expect(snapshotShown()).toBeNull();
  });

  it('is not shown when a data file is not the one it was drawn from', async () => {
    const changed = page({
      textOf: (file) => Promise.resolve(file === 'trade.json' ? '{"asOf":"2026-12-01"}' : (TEXTS[file] ?? '')),
    });
    expect(await showSnapshot(root, 'en', changed)).toBe('a data file differs');
    expect(snapshotShown()).toBeNull();
    expect(root.classList.contains('is-offstage')).toBe(false);
    expect(document.documentElement.dataset.firstViewSnapshot).toBe('none: a data file differs');
  });

  it('is not shown when a data file was not fetched, or could not be had', async () => {
    expect(await showSnapshot(root, 'en', page({ textOf: () => undefined }))).toBe('a data file differs');
    const failing = page({ textOf: () => Promise.reject(new Error('HTTP 503')) });
    expect(await showSnapshot(root, 'en', failing)).toBe('a data file could not be had');
    expect(snapshotShown()).toBeNull();
  });

  it('is shown for the views the build drew, in English only, where the page may compute SHA-256', async () => {
    expect(await showSnapshot(root, 'en', page({ search: '?country=UZB' }))).toBe('no snapshot of this view');
    expect(await showSnapshot(root, 'en', page({ search: '?embed=map&year=2020' }))).toBe('no snapshot of this view');
    expect(await showSnapshot(root, 'ru', page({ language: 'ru' }))).toBe('not in English');
    expect(await showSnapshot(root, 'en', page({ secure: false }))).toBe('no SHA-256 here');
    expect(snapshotShown()).toBeNull();
  });

  it('is shown only at the viewport width it was drawn for, and only if the page’s widths are those it was drawn at', async () => {
    expect(await showSnapshot(root, 'en', page({ viewportWidth: 1280 }))).toBe('no layout for this width');
    const narrower = page({ measure: (element) => (element.classList.contains('chart-deck') ? 760 : 539) });
    expect(await showSnapshot(root, 'en', narrower)).toBe('the widths differ');
    expect(snapshotShown()).toBeNull();
    expect(root.classList.contains('is-offstage')).toBe(false);
  });

  it('is not shown once the app has drawn its first view, nor without a manifest or its drawing', async () => {
    root.dataset.renderComplete = 'true';
    expect(await showSnapshot(root, 'en', page())).toBe('the app came first');
    delete root.dataset.renderComplete;
    expect(await showSnapshot(root, 'en', page({ fetchMarkup: () => Promise.reject(new Error('404')) }))).toBe(
      'the drawing could not be had',
    );
    document.head.innerHTML = '';
    expect(await showSnapshot(root, 'en', page())).toBe('no manifest');
    expect(snapshotShown()).toBeNull();
  });

  it('is shown for a view drawn for a media query wherever the query matches, whatever the width', async () => {
    const embed = (matches: boolean) =>
      page({
        search: '?embed=map',
        viewportWidth: 412,
        matchesMedia: (query) => matches && query === '(max-width: 600px)',
      });
    expect(await showSnapshot(root, 'en', embed(false))).toBe('no layout for this width');
    expect(await showSnapshot(root, 'en', embed(true))).toBeNull();
    expect(snapshotShown()).not.toBeNull();
  });
});

describe('filesMatch', () => {
  it('compares each file’s SHA-256 with the manifest’s', async () => {
    const textOf = (file: FetchedFile) => Promise.resolve(TEXTS[file] ?? '');
    expect(await filesMatch(manifest().files, textOf)).toBe(true);
    expect(await filesMatch({ ...manifest().files, 'events.json': hash('{}') }, textOf)).toBe(false);
    expect(await filesMatch({}, textOf)).toBe(false);
    // One that differs settles it, without waiting for the others.
    const never = () => new Promise<string>(() => undefined);
    const first = (file: FetchedFile) => (file === 'trade.json' ? Promise.resolve('changed') : never());
    expect(await filesMatch(manifest().files, first)).toBe(false);
  });
});
