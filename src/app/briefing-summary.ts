import { latestYearWith, measureValue } from '../data/selectors';
import { type Measure, type Partner, PARTNERS, type Reporter } from '../data/codes';
import type { TradeFile } from '../data/schemas';
import { WORDING } from '../data/wording';
import { t } from '../i18n/i18n';
import { formatChange, formatShare, formatUsd } from '../lib/format';
import type { PartnersModel } from '../features/trade/partners-model';

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
  const title = briefingTitle(measure, countryName);
  const whose = WORDING.reporter[reporter].general;
  const basis =
    shownYear === null
      ? t('app.briefing.basisNoYear', { reporter: whose })
      : t('app.briefing.basis', { year: shownYear, reporter: whose });
  if (shownYear === null) return { title, year: null, figure: null, change: t('app.briefing.noFigures'), basis };
  const now = measureValue(trade, country, reporter, shownYear, measure);
  const before = measureValue(trade, country, reporter, shownYear - 1, measure);
  const previous = shownYear - 1;
  let change = t('app.briefing.noEarlier', { year: previous });
  if (now && before && before.value !== 0 && measure !== 'balance') {
    change = t('app.briefing.changeOn', { change: formatChange(now.value / before.value - 1), year: previous });
  } else if (now && before && measure === 'balance') {
    change = t('app.briefing.balanceChangeOn', { change: formatUsd(now.value - before.value), year: previous });
  }
  return { title, year: shownYear, figure: now ? formatUsd(now.value) : null, change, basis };
}

/** The headline for a measure of China's trade with a state: `China–Kazakhstan trade`, `China’s exports to Kyrgyzstan`. */
export function briefingTitle(measure: Measure, countryName: string): string {
  return t('app.briefing.title', { measure, country: countryName });
}

/** A briefing slide's headline for the view: China's share of the state's trade, and Russia's beside it. */
export function partnersBriefing(model: PartnersModel) {
  const { china, russia, name, year } = model;
  const chinaBasis = model.ranked.find((r) => r.partner === 'CHN')?.figure.basis;
  const hasRussia = russia?.share != null;
  return {
    title: t('compare.partners.chinaRussia', { name }),
    figure: china?.share == null ? null : formatShare(china.share),
    change: t('compare.briefing.change', {
      hasChina: china ? 'yes' : 'no',
      chinaRank: china?.rank ?? 0,
      hasRussia: hasRussia ? 'yes' : 'no',
      russiaShare: russia?.share == null ? '' : formatShare(russia.share),
      russiaRank: russia?.rank ?? 0,
    }),
    basis: chinaBasis
      ? t('compare.briefing.basis', {
          year: String(year),
          name,
          basis: WORDING.basis[chinaBasis],
          overtaking: model.overtakingText,
        })
      : t('compare.briefing.basisNone', { year: String(year), name, overtaking: model.overtakingText }),
  };
}
