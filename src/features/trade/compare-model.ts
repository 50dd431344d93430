/**
 * The "All five" view's model: the five states' rows (as lines or a stack), the ranking in the chosen year
 * and the notes, derived from the trade panel's model. Plain functions, tested without a DOM.
 */
import { useMemo } from 'react';
import type { Measure, Reporter } from '../../data/codes';
import type { TradeFile } from '../../data/schemas';
import { compareRows, completeRows, rankYear, type CompareRow } from './compare-rows';
import type { TradeModel } from './trade-model';

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
}

export function compareFigures(model: TradeModel, trade: TradeFile, stackAsked: boolean): CompareFigures {
  const { measure } = model.view;
  const canStack = measure !== 'balance';
  const stacked = stackAsked && canStack;
  const rankedBy = measure === 'balance' ? 'total' : measure;
  const showOwn = model.view.reporter === 'both';
  const notes = [
    stacked ? 'The stack shows only years in which all five states have a figure; others are gaps.' : null,
    showOwn ? 'The comparison draws China’s figures; each state’s own figure and the gap are in the ranking.' : null,
  ].filter((note): note is string => note !== null);
  return {
    reporter: model.primary,
    canStack,
    stacked,
    rankedBy,
    ranked: rankYear(trade, model.primary, rankedBy, model.year),
    showOwn,
    chartLabel: `${model.title}, ${model.from}–${model.to}, ${stacked ? 'stacked area' : 'line'} chart`,
    notes,
  };
}

/** The rows drawn: each year's five figures; in a stack, only the years in which all five have one. */
export function drawnRows(rows: CompareRow[], stacked: boolean): CompareRow[] {
  return stacked ? completeRows(rows) : rows;
}

/** The view's model; the rows leave out the year, so that a change of year does not redraw the chart. */
export function useCompareModel(model: TradeModel, trade: TradeFile, stackAsked: boolean) {
  const { primary, from, to } = model;
  const { measure } = model.view;
  const figures = compareFigures(model, trade, stackAsked);
  const rows = useMemo(() => compareRows(trade, primary, measure, from, to), [trade, primary, measure, from, to]);
  const drawn = useMemo(() => drawnRows(rows, figures.stacked), [rows, figures.stacked]);
  return { ...figures, rows: drawn };
}
