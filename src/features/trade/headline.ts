import { t } from '../../i18n/i18n';
import { formatShare, formatUsd } from '../../lib/format';
import {
  compoundGrowth,
  recordYear,
  regionalDenominators,
  seriesOf,
  share,
  yearOnYear,
  type GrowthOverRange,
  type YearFigure,
} from '../../data/measures';
import { annualYearRange, measureValue } from '../../data/selectors';
import type { Observation, TradeFile } from '../../data/schemas';
import type { Partner, Reporter } from '../../data/codes';

export interface RegionShare {
  share: number;
  denominator: number;
}

/** The headline figures of one partner's total trade in one year, by one reporter. */
export interface Headline {
  reporter: Reporter;
  year: number;
  total: number | null;
  change: number | null;
  /** The record over every annual figure, and the years searched. */
  record: YearFigure | null;
  span: { first: number; last: number } | null;
  /** Share of the five partners' sum; `missing` names who has no figure when it cannot be formed. */
  shareOfFive: RegionShare | { missing: Partner[] } | null;
  /** Share of the CA5 row, with that row's status (reported by a source, or derived by us). */
  shareOfRegion: (RegionShare & { status: Observation['status'] }) | null;
  /** Compound annual growth over the chosen range. */
  growth: GrowthOverRange | null;
}

/** The latest year, up to `until`, in which the partner has a total by this reporter. */
export function latestTotalYear(
  trade: TradeFile,
  partner: Partner,
  reporter: Reporter,
  until = Infinity,
): number | null {
  const span = annualYearRange(trade);
  if (!span) return null;
  for (let year = Math.min(span.last, until); year >= span.first; year--) {
    if (measureValue(trade, partner, reporter, year, 'total')) return year;
  }
  return null;
}

export function headlineFor(
  trade: TradeFile,
  partner: Partner,
  reporter: Reporter,
  year: number,
  range: { from: number; to: number },
): Headline {
  const total = measureValue(trade, partner, reporter, year, 'total')?.value ?? null;
  const previous = measureValue(trade, partner, reporter, year - 1, 'total')?.value ?? null;
  const span = annualYearRange(trade);
  const record = span ? recordYear(seriesOf(trade, partner, reporter, 'total', span.first, span.last)) : null;
  const d = regionalDenominators(trade, reporter, year);
  const fiveShare = share(total, d.sumOfFive);
  const regionShare = share(total, d.regional?.value ?? null);
  const regionRow = d.regional?.observations[0];
  return {
    reporter,
    year,
    total,
    change: yearOnYear(total, previous),
    record,
    span,
    shareOfFive:
      fiveShare !== null && d.sumOfFive !== null
        ? { share: fiveShare, denominator: d.sumOfFive }
        : total === null
          ? null
          : { missing: d.missing },
    shareOfRegion:
      regionShare !== null && d.regional && regionRow
        ? { share: regionShare, denominator: d.regional.value, status: regionRow.status }
        : null,
    growth: compoundGrowth(seriesOf(trade, partner, reporter, 'total', range.from, range.to)),
  };
}

/**
 * One row for the share of the five: of their sum, and of the regional total as published where one
 * exists. The two are said once when they agree (to 0.1 point), both when a published total differs.
 */
export function shareOfFiveText(h: Pick<Headline, 'year' | 'shareOfFive' | 'shareOfRegion'>): string {
  const region = h.shareOfRegion;
  const regionText = region
    ? t(region.status === 'reported' ? 'trade.share.region' : 'trade.share.regionStatus', {
        share: formatShare(region.share),
        total: formatUsd(region.denominator),
        status: region.status,
      })
    : null;
  const five = h.shareOfFive;
  if (five === null) return regionText ?? '–';
  if (!('share' in five)) {
    const missing = { year: h.year, missing: five.missing.join(t('trade.separator.comma')) };
    return regionText
      ? t('trade.share.notFormedRegion', { ...missing, region: regionText })
      : t('trade.share.notFormed', missing);
  }
  const sum = t('trade.share.ofSum', { share: formatShare(five.share), total: formatUsd(five.denominator) });
  if (!region || regionText === null) return sum;
  return Math.abs(region.share - five.share) < 0.0005
    ? t('trade.share.agrees', { sum })
    : t('trade.share.both', { sum, region: regionText });
}
