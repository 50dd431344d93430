import {
  memo,
  startTransition,
  Suspense,
  use,
  useDeferredValue,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type RefObject,
} from 'react';
import { PARTNERS, type Partner } from '../../../data/codes';
import type { CaEvent } from '../../../data/schemas';
import { t } from '../../../i18n/i18n';
import { whenIdle } from '../../../lib/when-idle';
import { useElementWidth } from '../../../lib/use-element-width';
import { loadGrowthChart } from '../chart-code';
import { countryRows, growthRows } from '../country-rows';
import type { ChartDeckSettings } from '../country-model';
import { chartTitle, seriesConfig } from '../trade-series';
import { useMarksBelow } from './event-marks';
import type { GrowthChart as GrowthChartComponent } from './growth-chart';
import { TradeChart } from './trade-chart';

export interface CountryChartDeckProps {
  settings: ChartDeckSettings;
  /** The state whose chart is shown; null shows none (its figures are missing, the view says so). */
  shown: Partner | null;
  selectedEvent: string | null;
  onSelectEvent: (id: string | null) => void;
  hovered: CaEvent | null;
  onHover: (event: CaEvent | null) => void;
}

/** The height of a state's chart, held while the bar chart's code loads. */
const CHART_HEIGHT = 340;

/** How long after the first view the other states' charts start to be drawn, in ms. */
const WARM_UP_AFTER = 800;

/**
 * One chart per state, the shown one visible and the others drawn in the background and kept hidden:
 * choosing another state then only swaps which chart is visible. The charts are drawn plainly until a
 * reader comes to one (trade-chart.tsx), which is quick, but the bar charts of the change on the year
 * before are Recharts', whose redraw takes a few hundred ms on a slow device. The hidden charts are drawn
 * once the first view is complete, at low
 * priority, and follow a change of measure, reporter or years in a deferred render, so that the visible
 * chart is always redrawn first.
 */
export function CountryChartDeck(props: CountryChartDeckProps) {
  const { shown, hovered } = props;
  const [ref, width] = useElementWidth<HTMLDivElement>(true, 'chart-deck');
  const [warm, setWarm] = useState(false);
  useEffect(() => whenIdle(() => startTransition(() => setWarm(true)), WARM_UP_AFTER), []);

  const { settings, selectedEvent, onSelectEvent, onHover } = props;
  const live = useMemo(() => ({ ...settings, selectedEvent }), [settings, selectedEvent]);
  const settled = useDeferredValue(live);
  // A new width (a rotated phone, a scroll bar) redraws the shown chart first, the hidden ones after.
  const settledWidth = useDeferredValue(width);
  useFocusFollowsShown(ref, shown);

  return (
    <div ref={ref} className="chart-deck" aria-busy={width > 0 ? undefined : true}>
      {width > 0
        ? PARTNERS.filter((partner) => partner === shown || warm).map((partner) => (
            <CountryChartSlot
              key={partner}
              partner={partner}
              name={settings.names[partner]}
              settings={partner === shown ? live : settled}
              hovered={partner === shown ? hovered : null}
              onHover={onHover}
              onSelectEvent={onSelectEvent}
              width={partner === shown ? width : settledWidth}
              hidden={partner !== shown}
            />
          ))
        : null}
    </div>
  );
}

/**
 * When the state changes while the focus is in its chart (Back or Forward pressed from an event mark),
 * the focus moves to the same mark in the chart now shown, or to its first control, instead of falling
 * to the page as the old chart is hidden. Where the focus was is read while rendering, before the old
 * chart is hidden: once it is, the browser may already have moved the focus away.
 */
function useFocusFollowsShown(deckRef: RefObject<HTMLDivElement | null>, shown: Partner | null) {
  const previous = useRef(shown);
  const active = typeof document === 'undefined' ? null : document.activeElement;
  const focusedLabel = active?.closest('.chart-deck > :not([hidden])')
    ? (active.getAttribute('aria-label') ?? '')
    : null;
  useLayoutEffect(() => {
    const deck = deckRef.current;
    const changed = previous.current !== shown;
    previous.current = shown;
    if (!changed || !deck || focusedLabel === null) return;
    const controls = [...deck.querySelectorAll<HTMLElement>(':scope > :not([hidden]) button')];
    (controls.find((control) => control.getAttribute('aria-label') === focusedLabel) ?? controls[0])?.focus();
  }, [deckRef, shown, focusedLabel]);
}

interface SlotProps {
  partner: Partner;
  name: string;
  settings: ChartDeckSettings & { selectedEvent: string | null };
  hovered: CaEvent | null;
  onHover: (event: CaEvent | null) => void;
  onSelectEvent: (id: string | null) => void;
  width: number;
  hidden: boolean;
}

/** One state's chart; hiding or showing it keeps everything the chart is drawn from, so it is not redrawn. */
const CountryChartSlot = memo(function CountryChartSlot({
  partner,
  name,
  settings,
  hovered,
  onHover,
  onSelectEvent,
  width,
  hidden,
}: SlotProps) {
  const { trade, measure, growth, reporters, from, to, meetings, lines, selectedEvent } = settings;
  const rows = useMemo(() => countryRows(trade, partner, measure, from, to), [trade, partner, measure, from, to]);
  const changes = useMemo(() => (growth ? growthRows(rows) : null), [growth, rows]);
  const config = useMemo(() => seriesConfig(partner, name, growth), [partner, name, growth]);
  const marks = useMarksBelow({
    events: meetings,
    domain: [from, to + 1],
    selected: selectedEvent,
    hovered,
    onHover,
    onSelect: onSelectEvent,
  });
  const shared = {
    reporters,
    config,
    from,
    to,
    events: lines,
    emphasised: hovered?.id ?? selectedEvent,
    below: marks,
    width,
  };
  return (
    <div hidden={hidden}>
      {changes ? (
        <Suspense fallback={<div className="chart-pending" style={{ height: CHART_HEIGHT }} />}>
          <GrowthChart
            rows={changes}
            label={t('trade.chart.label.bar', { title: chartTitle(measure, name, true), from, to })}
            {...shared}
          />
        </Suspense>
      ) : (
        <TradeChart
          rows={rows}
          label={t('trade.chart.label.line', { title: chartTitle(measure, name), from, to })}
          showZero={measure === 'balance'}
          {...shared}
        />
      )}
    </div>
  );
});

/** The change on the year before is drawn by Recharts only: its code loads when the view asks for it. */
function GrowthChart(props: Parameters<typeof GrowthChartComponent>[0]) {
  const { GrowthChart: Chart } = use(loadGrowthChart());
  return <Chart {...props} />;
}
