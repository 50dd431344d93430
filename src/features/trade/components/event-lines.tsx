import type { ReactNode } from 'react';
import { DefaultZIndexes, usePlotArea, useXAxisScale, ZIndexLayer } from 'recharts';
import type { ChartConfig } from '../../../components/chart-config';
import type { Reporter } from '../../../data/codes';
import type { PlacedEvent } from '../event-layout';

/** What every trade chart is given to show the meetings and summits on its time axis. */
export interface ChartEventProps {
  /** The meetings and summits as lines across the plot. */
  events: PlacedEvent[];
  /** The selected or hovered event, drawn stronger. */
  emphasised: string | null;
  /** The event marks under the axis, given the chart's width. */
  below: (width: number) => ReactNode;
}

/** What one state's charts (US$ or the change on the year before) are drawn from, besides their rows. */
export interface ReporterChartProps extends ChartEventProps {
  reporters: Reporter[];
  config: ChartConfig;
  label: string;
  from: number;
  to: number;
  /** The width to draw at, when known from outside (see ChartContainer). */
  width?: number;
}

/**
 * The meetings and summits as vertical lines across the plot (dashed for meetings), in one layer: a
 * ReferenceLine each would cost a chart component per event on every redraw.
 */
export function EventLines({ events, emphasised }: { events: PlacedEvent[]; emphasised: string | null }) {
  const plot = usePlotArea();
  const scale = useXAxisScale();
  if (!plot || !scale) return null;
  // Above bars and areas, so that the selected event's line is not hidden behind them; below lines.
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.bar + 1}>
      <g className="chart-event-lines" aria-hidden="true">
        {events.map(({ event, position }) => {
          const x = scale(position);
          if (typeof x !== 'number' || !Number.isFinite(x)) return null;
          const strong = event.id === emphasised;
          return (
            <line
              key={event.id}
              x1={x}
              x2={x}
              y1={plot.y}
              y2={plot.y + plot.height}
              // Not the focus colour: orange is a series colour (a partner's own figures, Kyrgyzstan among the five).
              stroke={strong ? 'var(--fg)' : 'var(--grid-strong)'}
              strokeWidth={strong ? 2 : 1}
              strokeDasharray={event.kind === 'summit' ? undefined : '3 3'}
            />
          );
        })}
      </g>
    </ZIndexLayer>
  );
}
