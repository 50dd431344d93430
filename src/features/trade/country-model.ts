/**
 * The "One country" view's model: the chart's rows and event lines, the headline figures, the notes on
 * gaps and cut bars, the table to show, derived from the trade panel's model. Plain functions, tested
 * without a DOM; the view's components only lay them out.
 */
import { useMemo } from 'react';
import { GROWTH_CAP, type ChartConfig } from '../../components/chart-config';
import type { Partner, Reporter } from '../../data/codes';
import { mirrorGap } from '../../data/measures';
import type { CaEvent, Observation, TradeFile } from '../../data/schemas';
import { measureValue } from '../../data/selectors';
import { WORDING } from '../../data/wording';
import type { PartnerNames } from '../../data/use-data';
import { t } from '../../i18n/i18n';
import { formatChange, formatChangeAxis, formatShare, formatUsd } from '../../lib/format';
import { countryRows, missingYears, plotted, yearSpans, type CountryRow } from './country-rows';
import type { PlacedEvent } from './event-layout';
import { headlineFor, type Headline } from './headline';
import { latestPartialYears } from './partial-years';
import type { TradeModel } from './trade-model';

/** What one state's charts are drawn from, the same for the shown chart and the hidden ones. */
export interface ChartDeckSettings {
  trade: TradeFile;
  names: PartnerNames;
  measure: TradeModel['view']['measure'];
  growth: boolean;
  reporters: readonly Reporter[];
  from: number;
  to: number;
  meetings: readonly CaEvent[];
  /** The meetings and summits as lines across the plot. */
  lines: PlacedEvent[];
}

export interface GapFigure {
  year: number;
  /** Which year this is: the one chosen, the nearest with both sides (when the chosen has not), the range's start. */
  role: 'chosen' | 'nearest' | 'start';
  gap: { usd: number; ratio: number | null } | null;
  /** The line as the page writes it: every figure labelled with its year and what it is. */
  text: string;
}

/** `2023: China’s figure is $10.0 bn (33.3%) above Kazakhstan’s`, or that a side has no total. */
export function gapText(year: number, gap: GapFigure['gap'], partnerName: string): string {
  if (gap === null) return t('trade.gap.noTotal', { year });
  if (gap.usd === 0) return t('trade.gap.same', { year });
  const usd = formatUsd(Math.abs(gap.usd));
  const above = gap.usd > 0;
  if (gap.ratio === null)
    return t(above ? 'trade.gap.aboveNoShare' : 'trade.gap.belowNoShare', { year, usd, partner: partnerName });
  const share = formatShare(Math.abs(gap.ratio));
  return t(above ? 'trade.gap.above' : 'trade.gap.below', { year, usd, share, partner: partnerName });
}

/**
 * China's total against the partner's: in the chosen year; where it has no total from both sides, in
 * the nearest year that has (the earlier on a tie); and at the range's start. Each line says which it is.
 */
export function gapFigures(
  gapOf: (year: number) => GapFigure['gap'],
  chosen: number,
  from: number,
  span: { first: number; last: number } | null,
  partnerName: string,
): GapFigure[] {
  const line = (year: number, role: GapFigure['role']): GapFigure => {
    const gap = gapOf(year);
    const text = gapText(year, gap, partnerName);
    if (role === 'chosen') return { year, role, gap, text };
    return { year, role, gap, text: t(role === 'nearest' ? 'trade.gap.nearest' : 'trade.gap.start', { line: text }) };
  };
  const lines = [line(chosen, 'chosen')];
  if (lines[0]?.gap === null && span) {
    let nearest: number | null = null;
    for (let d = 1; nearest === null && (chosen - d >= span.first || chosen + d <= span.last); d++) {
      if (chosen - d >= span.first && gapOf(chosen - d) !== null) nearest = chosen - d;
      else if (chosen + d <= span.last && gapOf(chosen + d) !== null) nearest = chosen + d;
    }
    lines.push(
      nearest === null
        ? { year: chosen, role: 'nearest', gap: null, text: t('trade.gap.noYear') }
        : line(nearest, 'nearest'),
    );
  }
  if (!lines.some((l) => l.year === from)) lines.push(line(from, 'start'));
  return lines;
}

export interface CountryFigures {
  /** Whether any reporter has a figure to draw in the years shown. */
  hasValues: boolean;
  /** Said instead of the chart when there is nothing to draw. */
  emptyMessage: string | null;
  /** Which table the Table button shows. */
  table: 'growth' | 'single' | 'mirror';
  /** The one reporter shown, if only one. */
  single: Reporter | undefined;
  caption: string;
  /** Bars cut at the top of the % axis, with their figures. */
  cutNote: string | null;
  /** The years each reporter has no figure (or no change) for. */
  gapsNote: string | null;
  headlines: Headline[];
  /** With both reporters: China's total against the partner's, in the chosen year and at the range's start. */
  totalGaps: GapFigure[] | undefined;
  /** The latest partial-year figures, by reporter. */
  partials: Observation[];
  label: (reporter: Reporter) => string;
  /** The mirror-statistics note is shown with the partner's figures. */
  showMirrorNote: boolean;
}

export const reporterLabel = (config: ChartConfig) => (reporter: Reporter) => config[reporter]?.label ?? reporter;

export function countryFigures(model: TradeModel, trade: TradeFile, rows: readonly CountryRow[]): CountryFigures {
  const { reporters, from, to, growth, config, name, title } = model;
  const partner: Partner = model.view.country;
  const label = reporterLabel(config);
  const hasValues = rows.some((row) => reporters.some((r) => plotted(row, r, growth) !== null));
  const single = reporters.length === 1 ? reporters[0] : undefined;
  const [first, second] = reporters.map(label);
  const whom = second === undefined ? (first ?? '') : t('trade.either', { first: first ?? '', second });
  const semicolon = t('trade.separator.semicolon');

  const gaps = reporters
    .map((r) => [r, yearSpans(missingYears(rows, r, growth))] as const)
    .filter(([, spans]) => spans !== '')
    .map(([r, years]) => t('trade.chart.gapsOf', { reporter: label(r), years }));
  const cut = growth
    ? reporters.flatMap((r) =>
        rows.flatMap((row) => {
          const change = row.change[r];
          return change !== null && change > GROWTH_CAP
            ? [t('trade.chart.cutBar', { year: row.year, reporter: label(r), change: formatChange(change) })]
            : [];
        }),
      )
    : [];
  const span = { partner: name, reporters: whom, from, to };
  const totalOf = (reporter: Reporter, year: number) =>
    measureValue(trade, partner, reporter, year, 'total')?.value ?? null;

  return {
    hasValues,
    emptyMessage: hasValues
      ? null
      : growth
        ? t('trade.chart.emptyGrowth', span)
        : t('trade.chart.empty', { ...span, measure: WORDING.measure[model.view.measure].inSentence }),
    table: growth ? 'growth' : single ? 'single' : 'mirror',
    single,
    caption: t('trade.chart.caption', { title, from, to }),
    cutNote:
      cut.length > 0
        ? t('trade.chart.cutNote', { cap: formatChangeAxis(GROWTH_CAP), bars: cut.join(semicolon) })
        : null,
    gapsNote:
      gaps.length > 0
        ? t(growth ? 'trade.chart.gapsNoteGrowth' : 'trade.chart.gapsNote', { gaps: gaps.join(semicolon) })
        : null,
    headlines: reporters.map((r) => headlineFor(trade, partner, r, model.year, { from, to })),
    totalGaps: single
      ? undefined
      : gapFigures(
          (year) => mirrorGap(totalOf('china', year), totalOf('partner', year)),
          model.year,
          from,
          model.span,
          name,
        ),
    partials: latestPartialYears(trade, partner, reporters, 4),
    label,
    showMirrorNote: reporters.includes('partner'),
  };
}

/**
 * The view's model. The charts' settings and rows leave out the year, so that a change of year redraws
 * none of the charts; the figures follow every change.
 */
export function useCountryModel(model: TradeModel, trade: TradeFile) {
  const { view, from, to, growth, reporters, names, meetings, lines } = model;
  const { country, measure } = view;
  const deck = useMemo<ChartDeckSettings>(
    () => ({ trade, names, measure, growth, reporters, from, to, meetings, lines }),
    [trade, names, measure, growth, reporters, from, to, meetings, lines],
  );
  const rows = useMemo(() => countryRows(trade, country, measure, from, to), [trade, country, measure, from, to]);
  return { deck, rows, figures: countryFigures(model, trade, rows) };
}
