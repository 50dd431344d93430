import { memo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { t } from '../../../i18n/i18n';
import {
  bandEnd,
  bandsMoved,
  bandStart,
  dragSpan,
  keySpan,
  pressSpan,
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
  /** The id of the text that says how to use the strip. */
  describedBy: string;
  /** `replace`: the change continues the last one and takes its place in the history. */
  onChange: (span: YearSpan, options: { replace: boolean }) => void;
}

interface Drag {
  pointerId: number;
  target: DragTarget;
  start: YearSpan;
  /** Where the pointer was pressed, in client pixels. */
  pressX: number;
  /** Where the drag has taken the span so far: read on release, which may come before a render shows it. */
  latest: YearSpan;
  width: number;
}

const percent = (fraction: number) => `${(fraction * 100).toFixed(3)}%`;
const sameSpan = (a: YearSpan | null, b: YearSpan) => a !== null && a.from === b.from && a.to === b.to;

/**
 * The years shown, as a window over the whole series: drag the window or either end, or press the strip
 * to bring the nearer end there. A drag is one step in the history, taken when the pointer is released.
 * Each end is a slider for the keyboard (arrows, Page Up/Down by five years, Home/End); a run of steps
 * is one history entry. Memoised: the panel redraws for other changes, such as the headline's year.
 */
export const RangeBrush = memo(function RangeBrush({ bounds, from, to, bars, describedBy, onChange }: RangeBrushProps) {
  const span = { from, to };
  const [draft, setDraft] = useState<YearSpan | null>(null);
  const drag = useRef<Drag | null>(null);
  // What the last key step wrote: the next step on the same handle replaces it while the view still shows it.
  const keyed = useRef<YearSpan | null>(null);
  const shown = draft ?? span;

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0 || !event.isPrimary || drag.current) return;
    const rect = event.currentTarget.getBoundingClientRect();
    const year = yearAt((event.clientX - rect.left) / rect.width, bounds);
    const handle = (event.target as HTMLElement).closest<HTMLElement>('[data-end]');
    const target = (handle?.dataset.end as BrushEnd | undefined) ?? targetAt(year, span);
    const start = pressSpan(span, target, handle !== null, year, bounds);
    event.currentTarget.setPointerCapture(event.pointerId);
    event.preventDefault();
    handle?.focus();
    keyed.current = null;
    drag.current = {
      pointerId: event.pointerId,
      target,
      start,
      pressX: event.clientX,
      latest: start,
      width: rect.width,
    };
    setDraft(start);
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const current = drag.current;
    if (current?.pointerId !== event.pointerId) return;
    const by = bandsMoved((event.clientX - current.pressX) / current.width, bounds);
    current.latest = dragSpan(current.start, current.target, by, bounds);
    setDraft(current.latest);
  };
  const endDrag = (event: PointerEvent<HTMLDivElement>, commit: boolean) => {
    const current = drag.current;
    if (current?.pointerId !== event.pointerId) return;
    drag.current = null;
    setDraft(null);
    if (commit && !sameSpan(current.latest, span)) onChange(current.latest, { replace: false });
  };

  const onKeyDown = (end: BrushEnd) => (event: KeyboardEvent<HTMLDivElement>) => {
    const next = keySpan(span, end, event.key, bounds);
    if (!next) return;
    event.preventDefault();
    if (sameSpan(next, span)) return;
    onChange(next, { replace: sameSpan(keyed.current, span) });
    keyed.current = next;
  };

  return (
    <div
      className="range-brush"
      role="group"
      aria-label={t('trade.brush.label', { from, to })}
      aria-describedby={describedBy}
    >
      <div
        className={`range-brush-track${draft ? ' is-dragging' : ''}`}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={(event) => endDrag(event, true)}
        onPointerCancel={(event) => endDrag(event, false)}
        onLostPointerCapture={(event) => endDrag(event, false)}
      >
        <OverviewBars bars={bars} span={shown} />
        <div
          className="range-brush-window"
          style={{
            left: percent(bandStart(shown.from, bounds)),
            width: percent(bandEnd(shown.to, bounds) - bandStart(shown.from, bounds)),
          }}
        />
        {(['from', 'to'] as const).map((end) => (
          <BrushHandle
            key={end}
            end={end}
            span={shown}
            bounds={bounds}
            onKeyDown={onKeyDown(end)}
            onFocus={() => (keyed.current = null)}
          />
        ))}
      </div>
      <div className="range-brush-axis" aria-hidden="true">
        {bars
          .filter((bar) => bar.year % 5 === 0)
          .map(({ year }) => (
            <span
              key={year}
              className={year % 10 === 0 ? undefined : 'is-minor'}
              style={{ left: percent((bandStart(year, bounds) + bandEnd(year, bounds)) / 2) }}
            >
              {year}
            </span>
          ))}
      </div>
    </div>
  );
});

/** One end of the window, on the line where its year's band begins or ends; a slider for the keyboard. */
function BrushHandle(props: {
  end: BrushEnd;
  span: YearSpan;
  bounds: YearBounds;
  onKeyDown: (event: KeyboardEvent<HTMLDivElement>) => void;
  onFocus: () => void;
}) {
  const { end, span, bounds } = props;
  const [min, max] = end === 'from' ? [bounds.first, span.to - 1] : [span.from + 1, bounds.last];
  return (
    <div
      className={`range-brush-handle range-brush-handle-${end}`}
      data-end={end}
      role="slider"
      tabIndex={0}
      aria-label={t(end === 'from' ? 'trade.brush.first' : 'trade.brush.last')}
      aria-valuemin={min}
      aria-valuemax={max}
      aria-valuenow={span[end]}
      aria-orientation="horizontal"
      style={{ left: percent(end === 'from' ? bandStart(span.from, bounds) : bandEnd(span.to, bounds)) }}
      onKeyDown={props.onKeyDown}
      onFocus={props.onFocus}
    />
  );
}

/** Each year's bar, scaled to the highest; the years in the window in the accent colour. */
function OverviewBars({ bars, span }: { bars: readonly OverviewBar[]; span: YearSpan }) {
  const highest = Math.max(0, ...bars.map((bar) => bar.value ?? 0));
  return (
    <svg className="range-brush-bars" viewBox={`0 0 ${bars.length} 100`} preserveAspectRatio="none" aria-hidden="true">
      {bars.map((bar, index) => {
        if (bar.value === null || highest <= 0) return null;
        const height = (bar.value / highest) * 100;
        return (
          <rect
            key={bar.year}
            className={bar.year >= span.from && bar.year <= span.to ? 'is-in' : undefined}
            x={index + 0.15}
            width={0.7}
            y={100 - height}
            height={height}
          />
        );
      })}
    </svg>
  );
}
