import type { CaEvent } from '../../data/schemas';
import type { EventKind } from '../../data/codes';
import { t } from '../../i18n/i18n';
import { rowPacker } from '../../lib/row-packer';
import { eventInterval } from '../../data/event-order';
import type { DatePrecision } from '../../lib/partial-date';

export type TrackId = 'foreign-ministers' | 'summits' | 'ministerial' | 'institutions';

export interface Track {
  id: TrackId;
  label: string;
  kinds: readonly EventKind[];
}

/** A track of the horizontal timeline; its label is read when drawn, so that it is in the language shown. */
function track(id: TrackId, kinds: readonly EventKind[]): Track {
  return {
    id,
    get label() {
      return t(`timeline.track.${id}`);
    },
    kinds,
  };
}

/** The rows of the horizontal timeline, top to bottom. */
export const TRACKS: readonly Track[] = [
  track('foreign-ministers', ['foreign-ministers']),
  track('summits', ['summit']),
  track('ministerial', ['ministerial']),
  track('institutions', ['secretariat', 'agreement', 'milestone']),
];

export function trackOf(kind: EventKind): TrackId {
  return TRACKS.find((t) => t.kinds.includes(kind))?.id ?? 'institutions';
}

/** Each track with its events, in the order given. */
export function groupIntoTracks(events: readonly CaEvent[]): { track: Track; events: CaEvent[] }[] {
  return TRACKS.map((track) => ({ track, events: events.filter((e) => track.kinds.includes(e.kind)) }));
}

/** The short text beside a mark: the ordinal of a meeting, a summit's place, or the event's own label. */
export function markLabel(event: CaEvent): string | null {
  if (event.label) return event.label;
  if (event.kind === 'foreign-ministers' && event.ordinal)
    return t('timeline.mark.foreignMinisters', { n: event.ordinal });
  if (event.kind === 'summit' && event.ordinal)
    return event.status === 'announced'
      ? t('timeline.mark.summitAnnounced', { n: event.ordinal })
      : t('timeline.mark.summit', { n: event.ordinal, city: event.city ?? '' });
  return null;
}

export interface Mark {
  event: CaEvent;
  /** Centre of the mark, and the ends of the period it stands for, in pixels. */
  x: number;
  x1: number;
  x2: number;
  y: number;
  lane: number;
  precision: DatePrecision;
  /** Drawn above the mark when it does not collide with a neighbour's label. */
  label: string | null;
  labelX: number;
}

export interface TrackLayout {
  track: Track;
  /** Top of the track's title row, and the track's full height. */
  top: number;
  height: number;
}

export interface TimelineLayout {
  width: number;
  height: number;
  marks: Mark[];
  tracks: TrackLayout[];
  years: { year: number; x: number; next: number }[];
  axisY: number;
  xOf: (ms: number) => number;
}

export const LAYOUT = {
  margin: 10,
  titleRow: 16,
  labelRow: 14,
  lane: 18,
  /** Marks closer than this share no lane. */
  minGap: 14,
  axis: 38,
  labelCharWidth: 6.2,
} as const;

/** From 1 January of the first event's year to the end of the year of the last event's period. */
export function timelineDomain(events: readonly CaEvent[]): [number, number] | null {
  if (events.length === 0) return null;
  const intervals = events.map(eventInterval);
  const first = new Date(Math.min(...intervals.map((i) => i.start))).getUTCFullYear();
  const last = new Date(Math.max(...intervals.map((i) => i.end)) - 1).getUTCFullYear();
  return [Date.UTC(first, 0, 1), Date.UTC(last + 1, 0, 1)];
}

/**
 * Places each event on its track: x by date (a period spans its width), stacked into lanes so that no
 * two marks overlap, with labels kept only where they do not collide.
 */
export function layoutTimeline(events: readonly CaEvent[], domain: [number, number], width: number): TimelineLayout {
  const [d0, d1] = domain;
  const inner = Math.max(width - 2 * LAYOUT.margin, 1);
  const xOf = (ms: number) => LAYOUT.margin + ((ms - d0) / (d1 - d0)) * inner;
  const marks: Mark[] = [];
  const tracks: TrackLayout[] = [];
  let top = 0;
  for (const { track, events: inTrack } of groupIntoTracks(events)) {
    const lanes = rowPacker();
    const laneTop = top + LAYOUT.titleRow + LAYOUT.labelRow;
    for (const event of inTrack) {
      const interval = eventInterval(event);
      const x1 = xOf(interval.start);
      const x2 = interval.precision === 'day' ? xOf(interval.start) : xOf(interval.end);
      const x = (x1 + x2) / 2;
      const left = Math.min(x1, x - LAYOUT.minGap / 2);
      const right = Math.max(x2, x + LAYOUT.minGap / 2);
      const lane = lanes.place(left, right);
      marks.push({
        event,
        x,
        x1,
        x2,
        y: laneTop + lane * LAYOUT.lane + LAYOUT.lane / 2,
        lane,
        precision: interval.precision,
        label: null,
        labelX: x,
      });
    }
    placeLabels(
      marks.filter((m) => m.lane === 0 && trackOf(m.event.kind) === track.id),
      width,
    );
    const height = LAYOUT.titleRow + LAYOUT.labelRow + Math.max(lanes.rows, 1) * LAYOUT.lane + 6;
    tracks.push({ track, top, height });
    top += height;
  }
  const years: TimelineLayout['years'] = [];
  for (let year = new Date(d0).getUTCFullYear(); Date.UTC(year, 0, 1) < d1; year++)
    years.push({ year, x: xOf(Date.UTC(year, 0, 1)), next: xOf(Date.UTC(year + 1, 0, 1)) });
  return { width, height: top + LAYOUT.axis, marks, tracks, years, axisY: top, xOf };
}

/** The order in which labels claim their room: the mechanism's own steps before side events. */
const LABEL_PRIORITY: Record<EventKind, number> = {
  summit: 0,
  'foreign-ministers': 0,
  secretariat: 1,
  agreement: 2,
  ministerial: 3,
  milestone: 4,
};

/** Chinese characters (and full-width signs) take about twice the room of a Latin or Cyrillic letter. */
const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/u;

/** The label's width in pixels, as near as a count of its characters tells. */
export function labelWidth(text: string): number {
  let units = 0;
  for (const char of text) units += WIDE.test(char) ? 2 : 1;
  return units * LAYOUT.labelCharWidth;
}

/** Gives each mark its label unless it would overlap a label already placed or leave the drawing. */
function placeLabels(marks: Mark[], width: number) {
  const placed: [number, number][] = [];
  const byPriority = [...marks].sort(
    (a, b) => LABEL_PRIORITY[a.event.kind] - LABEL_PRIORITY[b.event.kind] || a.x - b.x,
  );
  for (const mark of byPriority) {
    const text = markLabel(mark.event);
    if (!text) continue;
    const half = labelWidth(text) / 2;
    // Near an edge the label slides inwards rather than leave the drawing.
    const centre = Math.min(Math.max(mark.x, half + 2), width - half - 2);
    const [left, right] = [centre - half - 2, centre + half + 2];
    if (placed.some(([l, r]) => left < r && l < right)) continue;
    placed.push([left, right]);
    mark.label = text;
    mark.labelX = centre;
  }
}
