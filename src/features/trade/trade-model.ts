/**
 * The trade panel's model: everything the panel shows (title, subtitle, reporters, years, the range brush's
 * bars, the sources, the download) derived from its view and the loaded files, as plain functions tested
 * without a DOM. The panel's components only lay it out.
 */
import { useMemo } from 'react';
import type { CompareValues } from './compare-values';
import { legendEntries, type ChartConfig } from '../../components/chart-config';
import type { PanelDownload } from '../../components/download/download-spec';
import { sourceLineText } from '../../components/source-line';
import {
  hasGrowth,
  PARTNERS,
  reportersOf,
  type ChartKind,
  type Measure,
  type Partner,
  type Reporter,
  type ReporterChoice,
} from '../../data/codes';
import type { CaEvent, Source, TradeFile } from '../../data/schemas';
import { annualYearRange, lookUpSources, sourcesBehind } from '../../data/selectors';
import { useMeetings, usePartnerNames, useSourcesById, useTradeFile, type PartnerNames } from '../../data/use-data';
import { WORDING } from '../../data/wording';
import { t } from '../../i18n/i18n';
import { formatList } from '../../lib/format';
import { memoLast } from '../../lib/memo-last';
import { layoutEventMarks, type PlacedEvent } from './event-layout';
import { latestTotalYear } from './headline';
import { clampSpan, overviewBars, type OverviewBar, type YearBounds } from './range-brush';
import { fileBase, fileSubject, tradeCsv } from './trade-download';
import { chartTitle, partnerConfig, seriesConfig } from './trade-series';

/** The trade panel's part of the URL state. */
export interface TradeView {
  country: Partner;
  measure: Measure;
  reporter: ReporterChoice;
  from: number | null;
  to: number | null;
  year: number | null;
  chart: ChartKind;
  /** One state's chart as the change on the year before; not for the five, nor for a balance. */
  growth: boolean;
}

/** The loaded files the model reads; the trade file is undefined while it loads. */
export interface TradeInputs {
  trade: TradeFile | undefined;
  names: PartnerNames;
  sourcesById: ReadonlyMap<string, Source>;
  /** The meetings and summits, in date order, marked on the charts' time axis. */
  meetings: readonly CaEvent[];
}

/** What the panel's frame (title, controls, range brush, source line, download) shows, in every chart kind. */
export interface PanelFrame {
  title: string;
  subtitle: string;
  names: PartnerNames;
  span: YearBounds | null;
  years: number[];
  from: number;
  to: number;
  bars: OverviewBar[];
  brushNote: string;
  sources: Source[];
  /** Source ids the figures name that sources.json lacks. */
  missingSources: string[];
  download: PanelDownload | null;
  growthRefused: boolean;
}

/** Everything the panel shows but the year of its headline figures. */
export interface TradeSelection extends PanelFrame {
  view: Omit<TradeView, 'year'>;
  compare: boolean;
  /** The chosen state's name. */
  name: string;
  names: PartnerNames;
  sourcesById: ReadonlyMap<string, Source>;
  /** The chart shows the change on the year before. */
  growth: boolean;
  /** The link asked for the change of a measure that has none (a balance): the figures are shown instead. */
  growthRefused: boolean;
  /** The reporters drawn, China's first; the comparison draws one. */
  reporters: readonly Reporter[];
  primary: Reporter;
  config: ChartConfig;
  /** The states drawn: the chosen one, or the five. */
  partners: readonly Partner[];
  /** First and last year with any annual figure; null for an empty file. */
  span: YearBounds | null;
  /** The years in the file, for the From and To lists. */
  years: number[];
  /** The years shown, within the span, whatever the link asked for. */
  from: number;
  to: number;
  bars: OverviewBar[];
  meetings: readonly CaEvent[];
  /** The meetings and summits held in the years shown, placed on the time axis. */
  lines: PlacedEvent[];
  /** The sources behind the figures shown, most used first. */
  sources: Source[];
  title: string;
  subtitle: string;
  /** What the range brush's bars are, said under it. */
  brushNote: string;
  download: PanelDownload | null;
}

export interface TradeModel extends TradeSelection {
  /** The year of the headline figures and the ranking: the link's, else the latest with a total. */
  year: number;
}

/** What the trade panel hands each of its chart kinds ("One country", "All five"). */
export interface ChartKindProps {
  model: TradeModel;
  trade: TradeFile;
  onYear: (year: number) => void;
  showTable: boolean;
  selectedEvent: string | null;
  onSelectEvent: (id: string | null) => void;
  /** "All five" as a stack of areas (kept in the link). */
  stack: boolean;
  onStack: (stack: boolean) => void;
  /** "All five" by growth: the values drawn, the index's base year, a log scale (kept in the link). */
  compareValues: CompareValueView;
  onCompareValues: (patch: Partial<CompareValueView>) => void;
}

export interface CompareValueView {
  values: CompareValues;
  base: number | null;
  log: boolean;
}

/**
 * The meetings' lines across the plot: the same array while the meetings and the years are the same, so
 * that choosing another state does not redraw the charts drawn from them (country-chart-deck.tsx).
 */
const eventLines = memoLast((meetings: readonly CaEvent[], from: number, to: number) =>
  layoutEventMarks(meetings, [from, to + 1], 0),
);

export function tradeSelection(view: Omit<TradeView, 'year'>, inputs: TradeInputs): TradeSelection {
  const { trade, names, sourcesById, meetings } = inputs;
  const compare = view.chart === 'compare';
  const name = names[view.country];
  const growthAsked = view.growth && !compare;
  const growth = growthAsked && hasGrowth(view.measure);
  // The comparison draws one reporter at a time; "both" is shown there as China's lines plus each state's gap.
  const reporters = reportersOf(compare ? (view.reporter === 'partner' ? 'partner' : 'china') : view.reporter);
  const primary = reporters[0] ?? 'china';
  const config = compare ? partnerConfig(names) : seriesConfig(view.country, name, growth);
  const partners = compare ? PARTNERS : [view.country];

  const span = trade ? annualYearRange(trade) : null;
  const years = span ? Array.from({ length: span.last - span.first + 1 }, (_, i) => span.first + i) : [];
  // A link may ask for years outside the data, or for a single year: the lists and the strip show the nearest valid span.
  const { from, to } = span ? clampSpan(view.from, view.to, span) : { from: 0, to: 0 };

  const ids = trade ? new Set(partners.flatMap((p) => sourcesBehind(trade, p, reporters, view.measure, from, to))) : [];
  const { sources, missing: missingSources } = lookUpSources(ids, sourcesById);

  const who = compare ? t('trade.title.theFive') : name;
  const title = chartTitle(view.measure, who, growth);
  const reporterText = compare
    ? primary === 'china'
      ? WORDING.reporter.china.name()
      : t('trade.subtitle.eachState')
    : formatList(reporters.map((r) => config[r]?.label ?? r));
  const barsBy = compare ? reporterText : (config[primary]?.label ?? reporterText);

  return {
    view,
    compare,
    name,
    names,
    sourcesById,
    growth,
    growthRefused: growthAsked && !growth,
    reporters,
    primary,
    config,
    partners,
    span,
    years,
    from,
    to,
    bars: trade && span ? overviewBars(trade, partners, primary, span) : [],
    meetings,
    lines: eventLines(meetings, from, to),
    sources,
    missingSources,
    title,
    subtitle: t(growth ? 'trade.subtitle.growth' : 'trade.subtitle', { from, to, reporters: reporterText }),
    brushNote: t(compare ? 'trade.brushNote.five' : 'trade.brushNote', { reporter: barsBy }),
    download: trade
      ? {
          fileBase: fileBase(fileSubject(compare ? null : view.country), from, to, growth),
          table: () => tradeCsv(trade, sourcesById, partners, reporters, view.measure, from, to),
          legend: legendEntries(config, compare ? PARTNERS : reporters),
          sourceLine: sourceLineText(sources, undefined, missingSources),
        }
      : null,
  };
}

/** The year of the headline figures: the link's, else the latest up to the range's end with a total. */
export function tradeYear(asked: number | null, selection: TradeSelection, trade: TradeFile | undefined): number {
  if (asked !== null) return asked;
  const latest = trade ? latestTotalYear(trade, selection.view.country, selection.primary, selection.to) : null;
  return latest ?? selection.span?.last ?? 0;
}

export function tradeModel(view: TradeView, inputs: TradeInputs): TradeModel {
  const selection = tradeSelection(view, inputs);
  return { ...selection, year: tradeYear(view.year, selection, inputs.trade) };
}

/**
 * The model for the view, from the loaded files. A change of year leaves the rest of the model as it was
 * (same objects), so that the memoised range brush and charts are not redrawn for it.
 */
export function useTradeModel(view: TradeView) {
  const trade = useTradeFile();
  const names = usePartnerNames();
  const sourcesById = useSourcesById();
  const meetings = useMeetings();
  const { country, measure, reporter, from, to, chart, growth } = view;
  const selection = useMemo(
    () =>
      tradeSelection(
        { country, measure, reporter, from, to, chart, growth },
        { trade: trade.data, names, sourcesById, meetings },
      ),
    [country, measure, reporter, from, to, chart, growth, trade.data, names, sourcesById, meetings],
  );
  const model: TradeModel = { ...selection, year: tradeYear(view.year, selection, trade.data) };
  return { model, trade };
}
