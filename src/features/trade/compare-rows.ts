import type { TooltipRowExtras } from '../../components/chart-config';
import { mirrorGap, ranking, regionalDenominators, share, type MirrorGap } from '../../data/measures';
import { measureValue } from '../../data/selectors';
import { type Measure, type Partner, PARTNERS, type Reporter } from '../../data/codes';
import type { TradeFile } from '../../data/schemas';

export type CompareRow = TooltipRowExtras & { year: number; x: number; label: string } & Record<Partner, number | null>;

/** One row per year with each state's figure; gaps as null. */
export function compareRows(
  trade: TradeFile,
  reporter: Reporter,
  measure: Measure,
  from: number,
  to: number,
): CompareRow[] {
  const rows: CompareRow[] = [];
  for (let year = from; year <= to; year++) {
    const values = Object.fromEntries(
      PARTNERS.map((p) => [p, measureValue(trade, p, reporter, year, measure)?.value ?? null]),
    ) as Record<Partner, number | null>;
    rows.push({ year, x: year + 0.5, label: String(year), ...values });
  }
  return rows;
}

/**
 * For a stacked area, a year counts only when all five have a figure: a stack with a missing layer would
 * understate the region, so such a year is a gap for every layer.
 */
export function completeRows(rows: readonly CompareRow[]): CompareRow[] {
  return rows.map((row) =>
    PARTNERS.every((p) => row[p] !== null)
      ? row
      : { ...row, ...(Object.fromEntries(PARTNERS.map((p) => [p, null])) as Record<Partner, null>) },
  );
}

export interface RankRow {
  partner: Partner;
  rank: number;
  value: number;
  shareOfFive: number | null;
  shareOfRegion: number | null;
  /** With both reporters: the state's own figure and the gap to China's. */
  own: number | null;
  gap: MirrorGap | null;
}

/** The five ranked by the measure in one year, with shares of the two regional denominators. */
export function rankYear(trade: TradeFile, reporter: Reporter, measure: Exclude<Measure, 'balance'>, year: number) {
  const d = regionalDenominators(trade, reporter, year, measure);
  const ranked = ranking(
    PARTNERS.map((p) => ({ key: p, value: measureValue(trade, p, reporter, year, measure)?.value ?? null })),
  );
  const rows: RankRow[] = ranked.map(({ key, value, rank }) => {
    const own = reporter === 'china' ? (measureValue(trade, key, 'partner', year, measure)?.value ?? null) : null;
    return {
      partner: key,
      rank,
      value,
      shareOfFive: share(value, d.sumOfFive),
      shareOfRegion: share(value, d.regional?.value ?? null),
      own,
      gap: mirrorGap(value, own),
    };
  });
  return { rows, denominators: d };
}
