import { memo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import {
  bandEnd,
  bandStart,
  dragSpan,
  keySpan,
  targetAt,
  yearAt,
  type BrushEnd,
  type DragTarget,
  type OverviewBar,
  type YearBounds,
  type YearSpan,
} from '../range-brush';

interface RangeBrushProps {
  bounds: YearBounds;
  from: number;
  to: number;
  /** The overview drawn along the strip, one bar a year. */
  bars: readonly OverviewBar[];
  /** `replace`: the change continues the last one and takes its place in the history. */
  onChange: (span: YearSpan, options: { replace: boolean }) => void;
}

interface Drag {
  target: DragTarget;
  start: YearSpan;
  /** Where the drag has taken the span so far: read on release, which may come before a render shows it. */
  latest: YearSpan;
  startYear: number;
  left: number;
  width: number;
}

const percent = (fraction: number) => `${(fraction * 100).toFixed(3)}%`;

/**
 * The years shown, as a window over the whole series: drag the window or either end, or press the strip
 * to bring the nearer end there. A drag is one step in the history, taken when the pointer is released.
 * Each end is a slider for the keyboard (arrows, Page Up/Down by five years, Home/End); the steps taken
 * while a handle keeps the focus make one history entry.
 */
function RangeBrushView({ bounds, from, to, bars, onChange }: RangeBrushProps) {
  const span = { from, to };
  const [draft, setDraft] = useState<YearSpan | null>(null);
  const drag = useRef<Drag | null>(null);
  // Set by a handle's first key step after it takes the focus; later steps replace that history entry.
  const keyedSinceFocus = useRef(false);
  const shown = draft ?? span;

  const yearUnder = (clientX: number, { left, width }: Pick<Drag, 'left' | 'width'>) =>
    yearAt((clientX - left) / width, bounds);

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    const rect = event.currentTarget.getBoundingClientRect();
    const year = yearUnder(event.clientX, rect);
    const end = (event.target as HTMLElement).closest<HTMLElement>('[data-end]')?.dataset.end as BrushEnd | undefined;
    const target = end ?? targetAt(year, span);
    event.currentTarget.setPointerCapture(event.pointerId);
    event.preventDefault();
    const latest = target === 'window' ? span : dragSpan(span, target, year, year, bounds);
    drag.current = { target, start: span, latest, startYear: year, left: rect.left, width: rect.width };
    setDraft(latest);
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const current = drag.current;
    if (!current) return;
    current.latest = dragSpan(
      current.start,
      current.target,
      current.startYear,
      yearUnder(event.clientX, current),
      bounds,
    );
    setDraft(current.latest);
  };
  const endDrag = (commit: boolean) => {
    const current = drag.current;
    drag.current = null;
    setDraft(null);
    const next = current?.latest;
    if (commit && next && (next.from !== span.from || next.to !== span.to)) onChange(next, { replace: false });
  };

  const onKeyDown = (end: BrushEnd) => (event: KeyboardEvent<HTMLDivElement>) => {
    const next = keySpan(span, end, event.key, bounds);
    if (!next) return;
    event.preventDefault();
    if (next.from === span.from && next.to === span.to) return;
    onChange(next, { replace: keyedSinceFocus.current });
    keyedSinceFocus.current = true;
  };

  const handle = (end: BrushEnd) => {
    const [min, max] = end === 'from' ? [bounds.first, shown.to - 1] : [shown.from + 1, bounds.last];
    return (
      <div
        className={`range-brush-handle range-brush-handle-${end}`}
        data-end={end}
        role="slider"
        tabIndex={0}
        aria-label={end === 'from' ? 'First year shown' : 'Last year shown'}
        aria-valuemin={min}
        aria-valuemax={max}
        aria-valuenow={shown[end]}
        aria-orientation="horizontal"
        style={{ left: percent(end === 'from' ? bandStart(shown.from, bounds) : bandEnd(shown.to, bounds)) }}
        onKeyDown={onKeyDown(end)}
        onFocus={() => (keyedSinceFocus.current = false)}
      />
    );
  };

  const highest = Math.max(0, ...bars.map((bar) => bar.value ?? 0));
  const ticks = bars.filter((bar) => bar.year % 5 === 0);
  return (
    <div className="range-brush" role="group" aria-label={`Years shown: ${shown.from}–${shown.to}`}>
      <div
        className={`range-brush-track${draft ? ' is-dragging' : ''}`}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={() => endDrag(true)}
        onPointerCancel={() => endDrag(false)}
        onLostPointerCapture={() => endDrag(true)}
      >
        <svg
          className="range-brush-bars"
          viewBox={`0 0 ${bars.length} 100`}
          preserveAspectRatio="none"
          aria-hidden="true"
        >
          {bars.map((bar, index) =>
            bar.value !== null && highest > 0 ? (
              <rect
                key={bar.year}
                className={bar.year >= shown.from && bar.year <= shown.to ? 'is-in' : undefined}
                x={index + 0.15}
                width={0.7}
                y={100 - (bar.value / highest) * 100}
                height={(bar.value / highest) * 100}
              />
            ) : null,
          )}
        </svg>
        <div
          className="range-brush-window"
          style={{
            left: percent(bandStart(shown.from, bounds)),
            width: percent(bandEnd(shown.to, bounds) - bandStart(shown.from, bounds)),
          }}
        />
        {handle('from')}
        {handle('to')}
      </div>
      <div className="range-brush-axis" aria-hidden="true">
        {ticks.map((tick) => (
          <span
            key={tick.year}
            className={tick.year % 10 === 0 ? undefined : 'is-minor'}
            style={{ left: percent((bandStart(tick.year, bounds) + bandEnd(tick.year, bounds)) / 2) }}
          >
            {tick.year}
          </span>
        ))}
      </div>
    </div>
  );
}

/** Kept from redrawing when the panel redraws for something else, such as the year of the headline figures. */
export const RangeBrush = memo(RangeBrushView);
