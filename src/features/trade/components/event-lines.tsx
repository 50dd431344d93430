import type { ReactNode } from 'react';
import { DefaultZIndexes, usePlotArea, useXAxisScale, ZIndexLayer } from 'recharts';
import type { ChartConfig } from '../../../components/chart-config';
import type { Reporter } from '../../../data/codes';
import type { PlacedEvent } from '../event-layout';
import { EventLineMarks } from './chart-layers';

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
  reporters: readonly Reporter[];
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
      <EventLineMarks
        events={events}
        emphasised={emphasised}
        x={(position) => scale(position)}
        top={plot.y}
        bottom={plot.y + plot.height}
      />
    </ZIndexLayer>
  );
}
