import { latestYearWith, measureValue } from '../data/selectors';
import { type Measure, type Partner, PARTNERS, type Reporter } from '../data/codes';
import type { TradeFile } from '../data/schemas';
import { WORDING } from '../data/wording';
import { formatChange, formatUsd } from '../lib/format';

export interface BriefingSummary {
  title: string;
  year: number | null;
  /** The key figure, readable, or null where the data has none. */
  figure: string | null;
  /** Change on the previous year, or why there is none. */
  change: string;
  basis: string;
}

/** The slide's headline: the selected country's figure for the year, and how it moved. */
export function briefingSummary(
  trade: TradeFile,
  country: Partner,
  countryName: string,
  measure: Measure,
  reporter: Reporter,
  year: number | null,
): BriefingSummary {
  const shownYear = year ?? latestYearWith(trade, PARTNERS, reporter, measure);
  const title =
    measure === 'total' ? `China–${countryName} trade` : `China’s ${WORDING.measure[measure].phrase} ${countryName}`;
  const basis = `${shownYear ?? ''}, current US$, as reported by ${WORDING.reporter[reporter].general}`.trim();
  if (shownYear === null) return { title, year: null, figure: null, change: 'no figures', basis };
  const now = measureValue(trade, country, reporter, shownYear, measure);
  const before = measureValue(trade, country, reporter, shownYear - 1, measure);
  let change = `no figure for ${shownYear - 1} to compare`;
  if (now && before && before.value !== 0 && measure !== 'balance') {
    change = `${formatChange(now.value / before.value - 1)} on ${shownYear - 1}`;
  } else if (now && before && measure === 'balance') {
    change = `${formatUsd(now.value - before.value)} change on ${shownYear - 1}`;
  }
  return { title, year: shownYear, figure: now ? formatUsd(now.value) : null, change, basis };
}
