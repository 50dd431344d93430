import { t } from '../../../i18n/i18n';
import { formatDate } from '../../../lib/format';
import { LAYOUT, trackOf, type Mark, type TimelineLayout } from '../timeline-layout';

interface TimelineChartProps {
  layout: TimelineLayout;
  selectedId: string | null;
  /** The events the selected one names as related: ringed, dashed. */
  relatedIds: ReadonlySet<string>;
  activeId: string | null;
  /** The date the data was curated: later events can only be announced. */
  asOf: string;
}

/**
 * The drawing of the horizontal timeline: tracks, years and marks. It is hidden from screen readers;
 * the list laid over it carries the same events, in date order, as buttons.
 */
export function TimelineChart({ layout, selectedId, relatedIds, activeId, asOf }: TimelineChartProps) {
  const { width, height, tracks, years, marks, axisY } = layout;
  const asOfX = layout.xOf(Date.parse(asOf));
  return (
    <svg className="timeline-chart" width={width} height={height} viewBox={`0 0 ${width} ${height}`} aria-hidden="true">
      {tracks.map(({ track, top, height: h }, i) => (
        <g key={track.id} className={`tl-track tl-track-${track.id}`}>
          {i % 2 === 0 ? <rect className="tl-band" x={0} y={top} width={width} height={h} /> : null}
          <text className="tl-track-title" x={LAYOUT.margin} y={top + 12}>
            {track.label}
          </text>
        </g>
      ))}
      {years.map(({ year, x, next }) => (
        <g key={year}>
          <line className="tl-year-line" x1={x} x2={x} y1={0} y2={axisY + 4} />
          <text className="tl-year" x={(x + next) / 2} y={axisY + 17} textAnchor="middle">
            {year}
          </text>
        </g>
      ))}
      <line className="tl-axis" x1={LAYOUT.margin} x2={width - LAYOUT.margin} y1={axisY} y2={axisY} />
      {asOfX > LAYOUT.margin && asOfX < width - LAYOUT.margin ? (
        <g className="tl-as-of">
          <line x1={asOfX} x2={asOfX} y1={LAYOUT.titleRow} y2={axisY + 22} />
          <text x={asOfX - 4} y={axisY + 32} textAnchor="end">
            {t('timeline.chart.asOf', { date: formatDate(asOf) })}
          </text>
        </g>
      ) : null}
      {marks.map((mark) => (
        <MarkShape
          key={mark.event.id}
          mark={mark}
          selected={mark.event.id === selectedId}
          related={relatedIds.has(mark.event.id)}
          active={mark.event.id === activeId}
        />
      ))}
    </svg>
  );
}

function MarkShape({
  mark,
  selected,
  related,
  active,
}: {
  mark: Mark;
  selected: boolean;
  related: boolean;
  active: boolean;
}) {
  const { event, x, x1, x2, y, precision, label, labelX } = mark;
  const summit = event.kind === 'summit';
  const announced = event.status === 'announced';
  const className = `tl-mark tl-track-${trackOf(event.kind)}${announced ? ' is-announced' : ''}${selected ? ' is-selected' : ''}${related ? ' is-related' : ''}${active ? ' is-active' : ''}`;
  const r = summit ? 7 : 5;
  return (
    <g className={className}>
      {selected ? <circle className="tl-ring" cx={x} cy={y} r={r + 4} /> : null}
      {related ? <circle className="tl-ring tl-ring-related" cx={x} cy={y} r={r + 4} /> : null}
      {precision !== 'day' ? (
        <rect className="tl-span" x={x1} y={y - 4} width={Math.max(x2 - x1, 2)} height={8} rx={4} />
      ) : null}
      {summit ? (
        <path className="tl-shape" d={`M${x},${y - r} L${x + r},${y} L${x},${y + r} L${x - r},${y} Z`} />
      ) : (
        <circle className="tl-shape" cx={x} cy={y} r={precision === 'day' ? r : 3.5} />
      )}
      {label ? (
        <text className="tl-label" x={labelX} y={y - LAYOUT.lane / 2 - 3} textAnchor="middle">
          {label}
        </text>
      ) : null}
    </g>
  );
}
