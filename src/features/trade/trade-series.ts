import type { ChartConfig } from '../../components/chart-config';
import { PARTNERS, WITHOUT_PARTNER_STATISTICS, type Measure, type Partner } from '../../data/codes';
import { WORDING } from '../../data/wording';
import { t } from '../../i18n/i18n';

/** A trade chart's title: the measure (as a change on the year before, with `growth`), China and whom. */
export function chartTitle(measure: Measure, who: string, growth = false): string {
  return t(growth ? 'trade.title.growth' : 'trade.title', { measure: WORDING.measure[measure].label, who });
}

/** Okabe–Ito colours: distinguishable with the common forms of colour blindness. */
/**
 * The two reporters' series; the partner's line is dashed, its bars (`solid`) are not. A state without
 * trade statistics by partner (Turkmenistan) has its side named as the mirror estimate it is.
 */
export function seriesConfig(partner: Partner, partnerName: string, solid = false): ChartConfig {
  const mirror = WITHOUT_PARTNER_STATISTICS.includes(partner);
  return {
    china: { label: WORDING.reporter.china.name(), color: '#0072B2' },
    partner: { label: WORDING.reporter.partner.name(partnerName, mirror), color: '#D55E00', dashed: !solid },
  };
}

/** Okabe–Ito, one colour per state; the same state keeps its colour in every chart of the comparison. */
const PARTNER_COLORS: Record<Partner, string> = {
  KAZ: '#0072B2',
  KGZ: '#D55E00',
  TJK: '#009E73',
  TKM: '#CC79A7',
  UZB: '#E69F00',
};

export function partnerConfig(names: Record<Partner, string>): ChartConfig {
  return Object.fromEntries(PARTNERS.map((p) => [p, { label: names[p], color: PARTNER_COLORS[p] }]));
}
