import { memo, Suspense, use, useEffect, useMemo, useState } from 'react';
import { usdAxisProps } from '../../../components/chart-config';
import { ChartContainer } from '../../../components/chart-container';
import { whenIdle } from '../../../lib/when-idle';
import { loadInteractiveTradeChart } from '../chart-code';
import { reportedValues, type CountryRow } from '../country-rows';
import type { ReporterChartProps } from './event-lines';
import { PlainLineChart, type DrawnTradeChartProps } from './plain-line-chart';

interface TradeChartProps extends ReporterChartProps {
  rows: CountryRow[];
  showZero: boolean;
}

const HEIGHT = 280;

/**
 * When Recharts' code is fetched without being asked for: well after the first view, so that its
 * evaluation (~40 ms of the page's thread on a fast machine) is no part of loading the page. A pointer or
 * the focus coming near the chart fetches it at once.
 */
const FETCH_RECHARTS_AFTER = 5000;

const fetchRecharts = () => void loadInteractiveTradeChart().catch(() => undefined);

/**
 * Lines by reporter over the years; a missing year is a gap in the line, never a zero. Drawn plainly at
 * first (plain-line-chart.tsx); Recharts takes over, to the same pixel, once a pointer or the focus
 * comes to the chart. Its code is fetched when a reader comes near the chart, or a while after the first view.
 */
export const TradeChart = memo(function TradeChart({
  rows,
  reporters,
  config,
  label,
  from,
  to,
  showZero,
  events,
  emphasised,
  below,
  width: knownWidth,
}: TradeChartProps) {
  const axis = useMemo(() => usdAxisProps(reportedValues(rows, reporters)), [rows, reporters]);
  const [focused, setFocused] = useState(false);
  useEffect(() => whenIdle(fetchRecharts, FETCH_RECHARTS_AFTER), []);
  return (
    <ChartContainer
      config={config}
      legend={reporters}
      height={HEIGHT}
      label={label}
      below={below}
      width={knownWidth}
      onApproach={fetchRecharts}
    >
      {(width, engaged) => {
        const drawn: DrawnTradeChartProps = {
          rows,
          reporters,
          config,
          from,
          to,
          width,
          height: HEIGHT,
          showZero,
          events,
          emphasised,
          axis,
        };
        const plain = <PlainLineChart {...drawn} onFocus={() => setFocused(true)} />;
        return engaged ? (
          <Suspense fallback={plain}>
            <Interactive {...drawn} takeFocus={focused} />
          </Suspense>
        ) : (
          plain
        );
      }}
    </ChartContainer>
  );
});

function Interactive(props: DrawnTradeChartProps & { takeFocus: boolean }) {
  const { default: InteractiveTradeChart } = use(loadInteractiveTradeChart());
  return <InteractiveTradeChart {...props} />;
}
