import type { MeasuredElement } from '../lib/assumed-layout.ts';

/**
 * What index.html says of the first view's snapshots, in `<meta name="first-view-snapshots">`
 * (scripts/first-view-snapshot.ts writes it): the
 * SHA-256 of each data file they were drawn from, and each drawing: its view, where it may be shown
 * and the widths it was drawn at.
 */
export interface SnapshotManifest {
  files: Record<string, string>;
  layouts: {
    layout: string;
    href: string;
    /** The view drawn, as its query ('' for the default view). */
    search: string;
    /** Shown at this viewport width only, or wherever `media` matches. */
    viewportWidth?: number;
    media?: string;
    widths: Readonly<Partial<Record<MeasuredElement, number>>>;
  }[];
}

/** Where each measured element is found in the page. */
export const MEASURED_SELECTORS: Readonly<Record<MeasuredElement, string>> = {
  'chart-deck': '.chart-deck',
  timeline: '.timeline-body',
};

/** The first line of every drawing the build writes (scripts/first-view-snapshot.ts): anything else is not shown. */
export const DRAWING_MARK = '<!--first-view-snapshot-->';

/** The name of the `<meta>` whose content is the manifest, as JSON. */
export const MANIFEST_META = 'first-view-snapshots';
