import { useCallback } from 'react';
import { plotWidth, PLOT_INSET } from '../../../components/chart-config';
import { WORDING } from '../../../data/wording';
import { t } from '../../../i18n/i18n';
import { formatDateRange } from '../../../lib/format';
import type { CaEvent } from '../../../data/schemas';
import { layoutEventMarks } from '../event-layout';

interface EventMarksProps {
  events: readonly CaEvent[];
  domain: [number, number];
  selected: string | null;
  hovered: CaEvent | null;
  onHover: (event: CaEvent | null) => void;
  onSelect: (id: string | null) => void;
  /** The plot's width in px (the chart measures it), so that marks closer than a mark can move down a row. */
  plotWidth: number;
}

/** Room a mark needs, in px, before the next one on its row. */
const MARK_ROOM = 16;

export const eventName = (event: CaEvent) => {
  const name = { title: event.title, date: formatDateRange(event.start, event.end) };
  return event.city ? t('trade.events.name', { ...name, city: event.city }) : t('trade.events.nameNoCity', name);
};

/**
 * Meetings and summits as marks along the time axis: hovering or focusing one names it, clicking selects
 * it (and clicking again clears the selection). Triangles are summits, circles foreign ministers' meetings.
 */
export function EventMarks({ events, domain, selected, hovered, onHover, onSelect, plotWidth }: EventMarksProps) {
  const minGap = ((domain[1] - domain[0]) * MARK_ROOM) / Math.max(100, plotWidth);
  const placed = layoutEventMarks(events, domain, minGap);
  const rows = placed.reduce((n, p) => Math.max(n, p.row + 1), 1);
  const current = hovered ?? placed.find((p) => p.event.id === selected)?.event ?? null;
  return (
    <div className="event-marks">
      <div
        className="event-marks-track"
        // Three rows fit the track's own height; a narrow chart that needs more grows it before the first paint.
        style={rows > 3 ? { height: `${rows * 16 + 2}px` } : undefined}
        role="group"
        aria-label={t('trade.events.group')}
      >
        {placed.map(({ event, fraction, row }) => (
          <button
            key={event.id}
            type="button"
            className={`event-mark event-mark-${event.kind}`}
            style={{
              left: `calc(${PLOT_INSET.left}px + (100% - ${PLOT_INSET.left + PLOT_INSET.right}px) * ${fraction})`,
              top: `${row * 16}px`,
            }}
            aria-label={eventName(event)}
            aria-pressed={event.id === selected}
            onMouseEnter={() => onHover(event)}
            onMouseLeave={() => onHover(null)}
            onFocus={() => onHover(event)}
            onBlur={() => onHover(null)}
            onClick={() => onSelect(event.id === selected ? null : event.id)}
          />
        ))}
      </div>
      <p className="event-caption" aria-live="polite">
        {current ? (
          <>
            <span className="event-caption-kind">
              {t('trade.events.kind', {
                kind: WORDING.eventKind[current.kind === 'summit' ? 'summit' : 'foreign-ministers'].label,
              })}
            </span>{' '}
            {eventName(current)}
          </>
        ) : placed.length > 0 ? (
          <>
            {t('trade.events.key')} <span className="interaction-hint">{t('trade.events.hint')}</span>
          </>
        ) : (
          t('trade.events.none')
        )}
      </p>
    </div>
  );
}

/**
 * The marks as a chart's `below`: drawn for the chart's width, and the same function while its inputs
 * stay the same, so that a memoised chart is not redrawn for nothing.
 */
export function useMarksBelow({
  events,
  domain: [start, end],
  selected,
  hovered,
  onHover,
  onSelect,
}: Omit<EventMarksProps, 'plotWidth'>) {
  return useCallback(
    (chartWidth: number) => (
      <EventMarks
        events={events}
        domain={[start, end]}
        selected={selected}
        hovered={hovered}
        onHover={onHover}
        onSelect={onSelect}
        plotWidth={plotWidth(chartWidth)}
      />
    ),
    [events, start, end, selected, hovered, onHover, onSelect],
  );
}
