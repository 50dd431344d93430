// With their extensions: the build's config (vite.config.ts) imports this module too.
import { NARROW_QUERY } from '../geo/map-projection.ts';
import type { AssumedLayout } from '../lib/assumed-layout.ts';

export interface SnapshotLayoutSpec extends AssumedLayout {
  /** The view drawn, as its query ('' for the default view). */
  search: string;
  /** Where the drawing is shown: a viewport width, or a media query where nothing drawn depends on a width. */
  viewport: { width: number; height: number };
  media?: string;
}

/**
 * The views and layouts the build draws (scripts/first-view-snapshot.ts). The default view is drawn at
 * one viewport's widths (the chart deck's and the timeline's content widths there, as the page measures
 * them) and shown at that viewport width only; the e2e spec first-view-snapshot checks these widths
 * against the page's. The map's embed measures nothing: its drawing scales with the page, and is shown
 * wherever the map's layout (narrow or wide) is the one drawn. `viewport` is where the spec tries each.
 */
export const SNAPSHOT_LAYOUTS = {
  wide: {
    search: '',
    viewport: { width: 1440, height: 900 },
    narrow: false,
    widths: { 'chart-deck': 768, timeline: 539 },
  },
  narrow: {
    search: '',
    viewport: { width: 390, height: 844 },
    narrow: true,
    widths: { 'chart-deck': 332, timeline: 332 },
  },
  'map-embed-wide': {
    search: '?embed=map',
    viewport: { width: 1024, height: 768 },
    media: `not ${NARROW_QUERY}`,
    narrow: false,
    widths: {},
  },
  'map-embed-narrow': {
    search: '?embed=map',
    viewport: { width: 412, height: 823 },
    media: NARROW_QUERY,
    narrow: true,
    widths: {},
  },
} as const satisfies Record<string, SnapshotLayoutSpec>;

export type SnapshotLayout = keyof typeof SNAPSHOT_LAYOUTS;
