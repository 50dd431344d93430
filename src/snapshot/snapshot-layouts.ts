import type { AssumedLayout } from '../lib/assumed-layout';

/**
 * The layouts the build draws the first view for, each at one viewport's widths (the chart deck's and
 * the timeline's content widths there, as the page measures them). At another viewport the snapshot's
 * drawings are scaled to fit (styles.css) until the app, which measures, takes its place. The e2e
 * spec first-view-snapshot checks these widths against the page's at each viewport.
 */
export const SNAPSHOT_LAYOUTS = {
  wide: { viewport: { width: 1440, height: 900 }, narrow: false, widths: { 'chart-deck': 768, timeline: 539 } },
  narrow: { viewport: { width: 390, height: 844 }, narrow: true, widths: { 'chart-deck': 332, timeline: 332 } },
} as const satisfies Record<string, AssumedLayout & { viewport: { width: number; height: number } }>;

export type SnapshotLayout = keyof typeof SNAPSHOT_LAYOUTS;
