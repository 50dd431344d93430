import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import type { CaEvent } from '../../../data/schemas';
import { t } from '../../../i18n/i18n';
import type { TimelineLayout } from '../timeline-layout';
import { EventItem } from './event-item';

interface EventListProps {
  events: readonly CaEvent[];
  /** Given on wide screens: each item sits on its mark of the horizontal timeline. */
  layout: TimelineLayout | null;
  selectedId: string | null;
  /** The events the selected one names as related. */
  relatedIds: ReadonlySet<string>;
  /** The item that takes Tab focus (roving tabindex). */
  activeId: string | null;
  onActive: (id: string) => void;
  onSelect: (id: string) => void;
  /** Shown inside the selected item in the vertical list. */
  detail: ReactNode;
}

const STEPS: Partial<Record<string, (index: number, count: number) => number>> = {
  ArrowRight: (i, n) => Math.min(i + 1, n - 1),
  ArrowDown: (i, n) => Math.min(i + 1, n - 1),
  ArrowLeft: (i) => Math.max(i - 1, 0),
  ArrowUp: (i) => Math.max(i - 1, 0),
  Home: () => 0,
  End: (_, n) => n - 1,
};

/** The events as an ordered list of buttons in date order: one Tab stop, arrow keys move between them. */
export function EventList({
  events,
  layout,
  selectedId,
  relatedIds,
  activeId,
  onActive,
  onSelect,
  detail,
}: EventListProps) {
  const listRef = useRef<HTMLOListElement>(null);
  const tabStop = events.some((e) => e.id === activeId) ? activeId : (events[0]?.id ?? null);
  const marks = new Map(layout?.marks.map((m) => [m.event.id, m]));

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const step = STEPS[event.key];
    if (!step) return;
    event.preventDefault();
    const target = events[step(index, events.length)];
    if (!target) return;
    onActive(target.id);
    listRef.current?.querySelector<HTMLButtonElement>(`button[data-event-id="${target.id}"]`)?.focus();
  };

  return (
    <ol
      ref={listRef}
      className={layout ? 'event-list event-list-axis' : 'event-list event-list-vertical'}
      aria-label={t('timeline.list.label')}
      style={layout ? { width: layout.width, height: layout.axisY } : undefined}
    >
      {events.map((event, index) => (
        <EventItem
          key={event.id}
          event={event}
          mark={marks.get(event.id) ?? null}
          selected={event.id === selectedId}
          related={relatedIds.has(event.id)}
          tabbable={event.id === tabStop}
          onSelect={() => onSelect(event.id)}
          onFocus={() => onActive(event.id)}
          onKeyDown={(e) => onKeyDown(e, index)}
        >
          {!layout && event.id === selectedId ? detail : null}
        </EventItem>
      ))}
    </ol>
  );
}
