/**
 * The timeline panel's model: the events in date order, those the filters keep, the horizontal layout
 * (when the panel is wide enough), the open event with its neighbours, related events and trade context,
 * and the download. Plain functions, tested without a DOM; the panel lays them out.
 */
import { useMemo } from 'react';
import type { PanelDownload } from '../../components/download/download-spec';
import { eventsInDateOrder } from '../../data/event-order';
import type { CaEvent, Country, Source, TradeFile } from '../../data/schemas';
import { adjacentEvent, filterEvents, type EventFilter } from './event-filters';
import { timelineDownload } from './timeline-download';
import { layoutTimeline, timelineDomain, type TimelineLayout } from './timeline-layout';
import { tradeContext, type TradeContext } from './trade-context';

/** Narrower than this, the timeline is a vertical list. */
export const HORIZONTAL_MIN_WIDTH = 480;

export interface TimelineInputs {
  events: readonly CaEvent[] | undefined;
  sources: readonly Source[];
  countries: readonly Country[];
  trade: TradeFile | undefined;
}

/** Every event, in date order, and those the filters keep. */
export interface TimelineEvents {
  all: CaEvent[];
  shown: CaEvent[];
  /** The events of the kinds chosen, whoever took part: what the "involves" filter chooses among. */
  ofKinds: CaEvent[];
  domain: [number, number] | null;
}

export function timelineEvents(events: readonly CaEvent[] | undefined, filter: EventFilter): TimelineEvents {
  const all = events ? eventsInDateOrder(events) : [];
  return {
    all,
    shown: filterEvents(all, filter),
    ofKinds: filterEvents(all, { ...filter, involves: null }),
    domain: timelineDomain(all),
  };
}

/** Every year an event falls in, first to last: the choices of the year filter. */
export function timelineYears(events: readonly CaEvent[]): number[] {
  const years = events.flatMap((e) => {
    const start = Number(e.start.slice(0, 4));
    const end = Number((e.end ?? e.start).slice(0, 4));
    return Array.from({ length: end - start + 1 }, (_, i) => start + i);
  });
  return [...new Set(years)].sort((a, b) => a - b);
}

/** The horizontal timeline's layout at this width, or null for the vertical list. */
export function timelineLayout(events: TimelineEvents, width: number, list = false): TimelineLayout | null {
  return !list && width >= HORIZONTAL_MIN_WIDTH && events.domain
    ? layoutTimeline(events.shown, events.domain, width)
    : null;
}

export interface OpenEvent {
  event: CaEvent;
  /** The previous and next event shown, for stepping. */
  previous: CaEvent | null;
  next: CaEvent | null;
  related: CaEvent[];
  relatedIds: ReadonlySet<string>;
  trade: TradeContext[];
  /** The filters hide it: the detail says so. */
  hidden: boolean;
}

export function openEvent(
  events: TimelineEvents,
  selectedId: string | null,
  trade: TradeFile | undefined,
): OpenEvent | null {
  const event = events.all.find((e) => e.id === selectedId);
  if (!event) return null;
  const relatedIds = event.related?.events ?? [];
  return {
    event,
    previous: adjacentEvent(events.shown, event, -1),
    next: adjacentEvent(events.shown, event, 1),
    related: relatedIds.flatMap((id) => events.all.filter((e) => e.id === id)),
    relatedIds: new Set(relatedIds),
    trade: trade ? tradeContext(event, trade) : [],
    hidden: !events.shown.includes(event),
  };
}

export function timelineDownloadOf(
  inputs: TimelineInputs,
  events: TimelineEvents,
  filter: EventFilter,
): PanelDownload | null {
  return inputs.events ? timelineDownload(events.shown, inputs.sources, filter) : null;
}

const NO_RELATED: ReadonlySet<string> = new Set();

/** The panel's model, each part memoised on what it depends on. */
export function useTimelineModel(
  inputs: TimelineInputs,
  filter: EventFilter,
  selectedId: string | null,
  width: number,
  list = false,
) {
  const { kinds, involves, year, query } = filter;
  const sourcesById = useMemo(() => new Map(inputs.sources.map((s) => [s.id, s])), [inputs.sources]);
  const stableFilter = useMemo(
    () => ({ kinds, involves, year: year ?? null, query: query ?? null, sources: sourcesById }),
    [kinds, involves, year, query, sourcesById],
  );
  const events = useMemo(() => timelineEvents(inputs.events, stableFilter), [inputs.events, stableFilter]);
  const layout = useMemo(() => timelineLayout(events, width, list), [events, width, list]);
  const open = useMemo(() => openEvent(events, selectedId, inputs.trade), [events, selectedId, inputs.trade]);
  return {
    ...events,
    filter: stableFilter,
    layout,
    open,
    years: timelineYears(events.all),
    relatedIds: open?.relatedIds ?? NO_RELATED,
    download: timelineDownloadOf(inputs, events, stableFilter),
  };
}
