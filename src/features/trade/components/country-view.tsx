import { Suspense, use, useMemo, useState, type ComponentProps } from 'react';
import { LoadingState } from '../../../components/loading-state';
import { GROWTH_CAP, type ChartConfig } from '../../../components/chart-config';
import { RenderBoundary } from '../../../components/render-boundary';
import { formatChange, formatChangeAxis } from '../../../lib/format';
import { mirrorGap } from '../../../data/measures';
import { measureValue, type Measure } from '../../../data/selectors';
import type { CaEvent, Partner, Reporter, Source, TradeFile } from '../../../data/schemas';
import { loadTradeChart } from '../chart-code';
import { countryRows, missingYears, plotted, yearSpans } from '../country-rows';
import { layoutEventMarks } from '../event-layout';
import { headlineFor } from '../headline';
import { latestPartialYears } from '../partial-years';
import { MEASURE_LABELS } from '../trade-series';
import { HeadlineFigures } from './headline-figures';
import { GrowthTable } from './growth-table';
import { MirrorGapTable } from './mirror-gap-table';
import { MirrorNote } from './mirror-note';
import { PartialYearList } from './partial-year-list';
import { TradeTable } from './trade-table';

export interface CountryViewProps {
  trade: TradeFile;
  names: Readonly<Record<Partner, string>>;
  sources: ReadonlyMap<string, Source>;
  meetings: readonly CaEvent[];
  partner: Partner;
  partnerName: string;
  measure: Measure;
  /** The chart shows the change on the year before instead of the US$ figures. */
  growth: boolean;
  reporters: Reporter[];
  config: ChartConfig;
  from: number;
  to: number;
  year: number;
  years: number[];
  onYear: (year: number) => void;
  showTable: boolean;
  title: string;
  selectedEvent: string | null;
  onSelectEvent: (id: string | null) => void;
}

/** One state's trade with China over the chosen years, its headline figures and, with both reporters, the gap. */
export function CountryView(props: CountryViewProps) {
  const { trade, partner, partnerName, measure, reporters, config, from, to, title } = props;
  const [hovered, setHovered] = useState<CaEvent | null>(null);
  const rows = useMemo(() => countryRows(trade, partner, measure, from, to), [trade, partner, measure, from, to]);
  const lines = useMemo(() => layoutEventMarks(props.meetings, [from, to + 1], 0), [props.meetings, from, to]);
  const { meetings, selectedEvent, onSelectEvent } = props;
  const headlines = reporters.map((r) => headlineFor(trade, partner, r, props.year, { from, to }));
  const partials = latestPartialYears(trade, partner, reporters, 4);
  const label = (r: Reporter) => config[r]?.label ?? r;
  const gaps = reporters
    .map((r) => [r, yearSpans(missingYears(rows, r, props.growth))] as const)
    .filter(([, spans]) => spans !== '')
    .map(([r, spans]) => `${label(r)}: ${spans}`);
  const cut = props.growth
    ? reporters.flatMap((r) =>
        rows.flatMap((row) => {
          const change = row.change[r];
          return change !== null && change > GROWTH_CAP ? [`${row.year}, ${label(r)} ${formatChange(change)}`] : [];
        }),
      )
    : [];
  const hasValues = rows.some((row) => reporters.some((r) => plotted(row, r, props.growth) !== null));
  const single = reporters.length === 1 ? reporters[0] : undefined;
  const gapYears = [...new Set([props.year, from])];
  const totalGaps = single
    ? undefined
    : gapYears.map((y) => ({
        year: y,
        gap: mirrorGap(
          measureValue(trade, partner, 'china', y, 'total')?.value ?? null,
          measureValue(trade, partner, 'partner', y, 'total')?.value ?? null,
        ),
      }));

  return (
    <>
      {!hasValues ? (
        <p className="empty-state" role="status">
          {props.growth
            ? `No change on the year before for ${partnerName} from ${reporters.map(label).join(' or ')} in ${from}–${to}: no two years in a row with figures.`
            : `No ${MEASURE_LABELS[measure].toLowerCase()} figures for ${partnerName} from ${reporters.map(label).join(' or ')} in ${from}–${to}.`}
        </p>
      ) : null}
      {hasValues && props.showTable ? (
        props.growth ? (
          <GrowthTable rows={rows} reporters={reporters} config={config} caption={`${title}, ${from}–${to}`} />
        ) : single ? (
          <TradeTable rows={rows} reporter={single} config={config} caption={`${title}, ${from}–${to}`} />
        ) : (
          <MirrorGapTable rows={rows} config={config} partnerName={partnerName} caption={`${title}, ${from}–${to}`} />
        )
      ) : (
        // Kept mounted when a state has no figures, so that the other states' charts stay drawn.
        <RenderBoundary what="the chart">
          <Suspense
            fallback={
              <div className="chart-placeholder">
                <LoadingState label="Loading the chart…" height={0} />
              </div>
            }
          >
            <LoadedChartDeck
              trade={trade}
              names={props.names}
              shown={hasValues ? partner : null}
              measure={measure}
              growth={props.growth}
              reporters={reporters}
              from={from}
              to={to}
              meetings={meetings}
              lines={lines}
              selectedEvent={selectedEvent}
              onSelectEvent={onSelectEvent}
              hovered={hovered}
              onHover={setHovered}
            />
          </Suspense>
        </RenderBoundary>
      )}
      {cut.length > 0 && hasValues && !props.showTable ? (
        <p className="chart-note">
          Bars cut at {formatChangeAxis(GROWTH_CAP)} (the tooltip and the table give the figure): {cut.join('; ')}.
        </p>
      ) : null}
      {gaps.length > 0 && hasValues ? (
        <p className="chart-note">
          {props.growth
            ? 'No change where a year or the year before has no figure, or the year before is zero (no bar, never a zero): '
            : 'No figure (gaps in the line, never zeros): '}
          {gaps.join('; ')}.
        </p>
      ) : null}
      <HeadlineFigures
        headlines={headlines}
        config={config}
        year={props.year}
        years={props.years}
        onYear={props.onYear}
        gaps={totalGaps}
        partnerName={partnerName}
      />
      {reporters.includes('partner') ? <MirrorNote partner={partner} partnerName={partnerName} /> : null}
      <PartialYearList observations={partials} reporterLabel={label} sources={props.sources} />
    </>
  );
}

/** The charts once Recharts has arrived; until then the Suspense fallback, of the chart's height (trade.css). */
function LoadedChartDeck(props: ComponentProps<typeof import('./country-chart-deck').CountryChartDeck>) {
  const { CountryChartDeck } = use(loadTradeChart());
  return <CountryChartDeck {...props} />;
}
