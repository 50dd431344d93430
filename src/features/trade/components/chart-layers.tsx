/**
 * Layers of the trade charts that need no charting library: given the chart's scales, they draw the same
 * in the plain chart (before Recharts has loaded) and inside a Recharts chart.
 */
import { seriesColor } from '../../../components/chart-config';
import type { Reporter } from '../../../data/codes';
import { isFlagged, type CountryRow } from '../country-rows';
import type { PlacedEvent } from '../event-layout';

type Scale = (value: number) => number | undefined;

interface EventLineMarksProps {
  events: PlacedEvent[];
  emphasised: string | null;
  x: Scale;
  top: number;
  bottom: number;
}

/** The meetings and summits as vertical lines from `top` to `bottom` (dashed for meetings). */
export function EventLineMarks({ events, emphasised, x, top, bottom }: EventLineMarksProps) {
  return (
    <g className="chart-event-lines" aria-hidden="true">
      {events.map(({ event, position }) => {
        const at = x(position);
        if (typeof at !== 'number' || !Number.isFinite(at)) return null;
        const strong = event.id === emphasised;
        return (
          <line
            key={event.id}
            x1={at}
            x2={at}
            y1={top}
            y2={bottom}
            // Not the focus colour: orange is a series colour (a partner's own figures, Kyrgyzstan among the five).
            stroke={strong ? 'var(--fg)' : 'var(--grid-strong)'}
            strokeWidth={strong ? 2 : 1}
            strokeDasharray={event.kind === 'summit' ? undefined : '3 3'}
          />
        );
      })}
    </g>
  );
}

interface SeriesDotsProps {
  rows: CountryRow[];
  reporters: readonly Reporter[];
  x: Scale;
  y: Scale;
}

/**
 * The points, in one layer: filled for a reported or derived figure, hollow for an estimate or an
 * uncertain figure. One component for all of them redraws far faster than a dot renderer per point.
 */
export function SeriesDots({ rows, reporters, x, y }: SeriesDotsProps) {
  return (
    <g className="chart-dots" aria-hidden="true">
      {reporters.flatMap((reporter) =>
        rows.map((row) => {
          const value = row[reporter];
          const cx = x(row.x);
          const cy = value == null ? undefined : y(value);
          if (cx === undefined || cy === undefined) return null;
          const hollow = isFlagged(row.flags[reporter]);
          return (
            <circle
              key={`${reporter}-${row.x}`}
              cx={cx}
              cy={cy}
              r={hollow ? 3.5 : 2.5}
              fill={hollow ? 'var(--panel)' : seriesColor(reporter)}
              stroke={seriesColor(reporter)}
              strokeWidth={hollow ? 1.5 : 0}
              className={hollow ? 'dot-flagged' : 'dot'}
            />
          );
        }),
      )}
    </g>
  );
}

/**
 * A series as an SVG path through its points, broken where a year has no figure (never drawn as zero),
 * as Recharts draws a linear line with `connectNulls` off.
 */
export function seriesPath(rows: CountryRow[], reporter: Reporter, x: Scale, y: Scale): string {
  let d = '';
  let open = false;
  for (const row of rows) {
    const value = row[reporter];
    const px = x(row.x);
    const py = value == null ? undefined : y(value);
    if (px === undefined || py === undefined) {
      open = false;
      continue;
    }
    d += `${open ? 'L' : 'M'}${px},${py}`;
    open = true;
  }
  return d;
}
