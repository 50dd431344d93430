/**
 * The "All five" view's model: the five states' rows (as lines or a stack), the ranking in the chosen year
 * and the notes, derived from the trade panel's model. Plain functions, tested without a DOM.
 */
import { useMemo } from 'react';
import type { Measure, Reporter } from '../../data/codes';
import type { TradeFile } from '../../data/schemas';
import { measureValue } from '../../data/selectors';
import { activeLanguage, t } from '../../i18n/i18n';
import { LOCALES } from '../../i18n/languages';
import type { MessageId } from '../../i18n/message-id';
import { formatChange, formatUsd } from '../../lib/format';
import { compareRows, completeRows, rankYear, type CompareRow } from './compare-rows';
import {
  defaultBase,
  positiveRows,
  rangeGrowth,
  valueRows,
  type CompareValues,
  type RangeGrowth,
} from './compare-values';
import type { CompareValueView, TradeModel } from './trade-model';

/** A values' words, read when read, so that they are in the language shown. */
const valuesWords = (label: MessageId, unit: MessageId) => ({
  get label() {
    return t(label);
  },
  get unit() {
    return t(unit);
  },
});

/** What the y axis of "All five" reads, for the values drawn. */
export const VALUES_WORDS: Record<CompareValues, { readonly label: string; readonly unit: string }> = {
  usd: valuesWords('compare.values.usd.label', 'compare.values.usd.unit'),
  index: valuesWords('compare.values.index.label', 'compare.values.index.unit'),
  cumulative: valuesWords('compare.values.cumulative.label', 'compare.values.cumulative.unit'),
  yoy: valuesWords('compare.values.yoy.label', 'compare.values.yoy.unit'),
};

/** Items joined by the language's separator for a list (`, `, `; `) or for sentences in a row. */
export function joinWords(
  items: readonly string[],
  how: 'compare.join.comma' | 'compare.join.semicolon' | 'compare.join.sentence',
): string {
  return items.slice(1).reduce((list, item) => t(how, { list, item }), items[0] ?? '');
}

const indexFormats = new Map<string, Intl.NumberFormat>();

/** An index to one decimal, as the language writes it (`104.5`, `104,5`), digits never grouped. */
function formatIndex(value: number): string {
  const locale = LOCALES[activeLanguage()];
  let format = indexFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false });
    indexFormats.set(locale, format);
  }
  return format.format(value);
}

/** How a value of the chart is written in its tooltip and table. */
export function valueFormat(values: CompareValues): (value: number) => string {
  if (values === 'usd') return formatUsd;
  if (values === 'index') return formatIndex;
  return formatChange;
}

export interface CompareFigures {
  reporter: Reporter;
  /** A balance crosses zero: it cannot be stacked. */
  canStack: boolean;
  stacked: boolean;
  /** The ranking's measure: a balance is ranked by total trade. */
  rankedBy: Exclude<Measure, 'balance'>;
  ranked: ReturnType<typeof rankYear>;
  /** With both reporters asked for, the ranking also gives each state's own figure. */
  showOwn: boolean;
  chartLabel: string;
  notes: string[];
  values: CompareValues;
  /** The base year in use (index and cumulative change), resolved from the link or the default. */
  base: number | null;
  /** A log scale, for US$ drawn as lines only. */
  log: boolean;
}

export function compareFigures(
  model: TradeModel,
  trade: TradeFile,
  stackAsked: boolean,
  asked: CompareValueView = { values: 'usd', base: null, log: false },
  rows: readonly CompareRow[] = [],
): CompareFigures {
  const { measure } = model.view;
  // Growth needs levels of one sign: a balance, which crosses zero, is compared in US$ only.
  const values: CompareValues = measure === 'balance' ? 'usd' : asked.values;
  const canStack = measure !== 'balance' && values === 'usd';
  const stacked = stackAsked && canStack;
  const fallback = defaultBase(rows);
  const base =
    values === 'index' || values === 'cumulative'
      ? asked.base !== null && rows.some((r) => r.year === asked.base)
        ? asked.base
        : fallback
      : null;
  const log = asked.log && values === 'usd' && !stacked && measure !== 'balance';
  const rankedBy = measure === 'balance' ? 'total' : measure;
  const showOwn = model.view.reporter === 'both';
  const notes = [
    stacked ? t('compare.note.stack') : null,
    showOwn ? t('compare.note.both') : null,
    base !== null
      ? t('compare.note.base', { base: String(base), fallback: asked.base !== base ? 'yes' : 'no', values })
      : values === 'index' || values === 'cumulative'
        ? t('compare.note.noBase')
        : null,
    log ? t('compare.note.log') : null,
  ].filter((note): note is string => note !== null);
  return {
    reporter: model.primary,
    canStack,
    stacked,
    rankedBy,
    ranked: rankYear(trade, model.primary, rankedBy, model.year),
    showOwn,
    chartLabel: t('compare.chart.label', {
      title: model.title,
      from: String(model.from),
      to: String(model.to),
      unit: VALUES_WORDS[values].unit,
      kind: stacked ? 'stacked' : log ? 'log' : 'lines',
    }),
    notes,
    values,
    base,
    log,
  };
}

/** The rows drawn: each year's five figures; in a stack, only the years in which all five have one. */
export function drawnRows(rows: CompareRow[], stacked: boolean): CompareRow[] {
  return stacked ? completeRows(rows) : rows;
}

/** The view's model; the rows leave out the year, so that a change of year does not redraw the chart. */
export function useCompareModel(model: TradeModel, trade: TradeFile, stackAsked: boolean, asked: CompareValueView) {
  const { primary, from, to } = model;
  const { measure } = model.view;
  const rows = useMemo(() => compareRows(trade, primary, measure, from, to), [trade, primary, measure, from, to]);
  const figures = compareFigures(model, trade, stackAsked, asked, rows);
  const { values, base, log, stacked } = figures;
  const drawn = useMemo(() => {
    const shown = valueRows(
      rows,
      values,
      base,
      (p, year) => measureValue(trade, p, primary, year, measure)?.value ?? null,
    );
    return drawnRows(log ? positiveRows(shown) : shown, stacked);
  }, [rows, values, base, log, stacked, trade, primary, measure]);
  const growth = useMemo<RangeGrowth[]>(() => rangeGrowth(rows), [rows]);
  return { ...figures, rows: drawn, growth, years: rows.map((r) => r.year) };
}
