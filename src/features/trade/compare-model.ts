/**
 * The "All five" view's model: the five states' rows (as lines or a stack), the ranking in the chosen year
 * and the notes, derived from the trade panel's model. Plain functions, tested without a DOM.
 */
import { useMemo } from 'react';
import type { Measure, Reporter } from '../../data/codes';
import type { TradeFile } from '../../data/schemas';
import { measureValue } from '../../data/selectors';
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

/** What the y axis of "All five" reads, for the values drawn. */
export const VALUES_WORDS: Record<CompareValues, { label: string; unit: string }> = {
  usd: { label: 'US$', unit: 'US$, current prices' },
  index: { label: 'Index (base year = 100)', unit: 'index, base year = 100' },
  cumulative: { label: 'Cumulative change', unit: '% change since the base year' },
  yoy: { label: 'Change on the year before', unit: '% change on the year before' },
};

/** How a value of the chart is written in its tooltip and table. */
export function valueFormat(values: CompareValues): (value: number) => string {
  if (values === 'usd') return formatUsd;
  if (values === 'index') return (v) => v.toFixed(1);
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
    stacked ? 'The stack shows only years in which all five states have a figure; others are gaps.' : null,
    showOwn ? 'The comparison draws China’s figures; each state’s own figure and the gap are in the ranking.' : null,
    base !== null
      ? `Base year ${base}${asked.base !== base ? ' (the first year of the range in which all five have a figure)' : ''}: each state’s figure that year is ${values === 'index' ? '100' : 'the start'}; a state without one there has no line.`
      : values === 'index' || values === 'cumulative'
        ? 'No year of the range has a figure for all five: choose a base year.'
        : null,
    log ? 'Logarithmic scale: equal steps are equal ratios; zero and negative values are not drawn.' : null,
  ].filter((note): note is string => note !== null);
  return {
    reporter: model.primary,
    canStack,
    stacked,
    rankedBy,
    ranked: rankYear(trade, model.primary, rankedBy, model.year),
    showOwn,
    chartLabel: `${model.title}, ${model.from}–${model.to}, ${VALUES_WORDS[values].unit}, ${
      stacked ? 'stacked area chart' : log ? 'line chart on a log scale' : 'line chart'
    }`,
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
