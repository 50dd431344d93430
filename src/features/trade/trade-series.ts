import type { ChartConfig } from '../../components/chart-config';
import type { Measure } from '../../data/selectors';
import { PARTNERS } from '../../data/codes';
import type { Partner, Reporter } from '../../data/schemas';

export const MEASURE_LABELS: Record<Measure, string> = {
  total: 'Total trade',
  china_exports: 'China’s exports',
  china_imports: 'China’s imports',
  balance: 'China’s trade balance',
};

/**
 * Whether a change in per cent on the year before means anything for the measure: not for a balance,
 * which crosses zero (from −$1 bn to +$1 bn would read +200 %). The chart, its switch and the CSV ask here.
 */
export const hasGrowth = (measure: Measure) => measure !== 'balance';

/** A trade chart's title: the measure (as a change on the year before, with `growth`), China and whom. */
export function chartTitle(measure: Measure, who: string, growth = false): string {
  return `${MEASURE_LABELS[measure]}${growth ? ', change on the year before' : ''}: China and ${who}`;
}

export const MEASURE_DESCRIPTIONS: Record<Measure, string> = {
  total: 'exports plus imports',
  china_exports: 'goods China sends to',
  china_imports: 'goods China buys from',
  balance: 'China’s exports minus its imports',
};

export type ReporterChoice = Reporter | 'both';

export function reportersOf(choice: ReporterChoice): Reporter[] {
  return choice === 'both' ? ['china', 'partner'] : [choice];
}

/** Okabe–Ito colours: distinguishable with the common forms of colour blindness. */
/** The two reporters' series; the partner's line is dashed, its bars (`solid`) are not. */
export function seriesConfig(partnerName: string, solid = false): ChartConfig {
  return {
    china: { label: 'China’s customs', color: '#0072B2' },
    partner: { label: `${partnerName}’s statistics`, color: '#D55E00', dashed: !solid },
  };
}

/** Okabe–Ito, one colour per state; the same state keeps its colour in every chart of the comparison. */
export const PARTNER_COLORS: Record<Partner, string> = {
  KAZ: '#0072B2',
  KGZ: '#D55E00',
  TJK: '#009E73',
  TKM: '#CC79A7',
  UZB: '#E69F00',
};

export function partnerConfig(names: Record<Partner, string>): ChartConfig {
  return Object.fromEntries(PARTNERS.map((p) => [p, { label: names[p], color: PARTNER_COLORS[p] }]));
}

export const REPORTER_TEXT: Record<Reporter, (partnerName: string) => string> = {
  china: () => 'China’s customs',
  partner: (name) => `${name}’s statistics`,
};
