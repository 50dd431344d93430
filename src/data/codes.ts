/**
 * The domain's vocabulary: every code the data files, the URL and the views share, declared once, as plain
 * values, so that the page reads them without building the files' schemas (only the validation worker and
 * the data check need those). What each code is called on screen is in `wording.ts`.
 */

/** The five partners, in the order analysts expect them (alphabetical). */
export const PARTNERS = ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB'] as const;
export type Partner = (typeof PARTNERS)[number];

export const isPartner = (code: string | null): code is Partner => (PARTNERS as readonly string[]).includes(code ?? '');

/** The countries events and the map name: China and the five. */
export const COUNTRY_CODES = ['CHN', ...PARTNERS] as const;
export type CountryCode = (typeof COUNTRY_CODES)[number];

/** The kinds of event in events.json, in the order the timeline lists them. */
export const EVENT_KINDS = ['foreign-ministers', 'summit', 'ministerial', 'secretariat', 'agreement', 'milestone'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** How an event was held. */
export const EVENT_FORMATS = ['in-person', 'video', 'hybrid'] as const;
export type EventFormat = (typeof EVENT_FORMATS)[number];

/** Flows are always named from China's side, whoever reports them. */
export const FLOWS = ['total', 'china_exports', 'china_imports'] as const;
export type Flow = (typeof FLOWS)[number];

/** What a chart or the map can show: a reported flow, or the balance derived from two of them. */
export const MEASURES = [...FLOWS, 'balance'] as const;
export type Measure = (typeof MEASURES)[number];

/** `china`: China's customs (GACC), directly or via IMF DOTS. `partner`: the partner's own statistics. */
export const REPORTERS = ['china', 'partner'] as const;
export type Reporter = (typeof REPORTERS)[number];

/** What the map colours: a trade measure (as the trade panel's), or China's share of each state's trade. */
export const MAP_MEASURES = [...MEASURES, 'china_share'] as const;
export type MapMeasure = (typeof MAP_MEASURES)[number];

/** The map's choice in the URL (`map`): the trade figures, or China's share of each state's trade. */
export const MAP_SHOWS = ['trade', 'share'] as const;
export type MapShows = (typeof MAP_SHOWS)[number];

/** Whose figures a view shows: one reporter, or both side by side with the gap. */
export const REPORTER_CHOICES = [...REPORTERS, 'both'] as const;
export type ReporterChoice = (typeof REPORTER_CHOICES)[number];

/** The trade panel's charts: one country over time, the five compared, or one state's trade by partner. */
export const CHART_KINDS = ['country', 'compare', 'partners'] as const;
export type ChartKind = (typeof CHART_KINDS)[number];

/**
 * Whom a state trades with, in partners.json: its counterparts. The EU is today's 27 members throughout;
 * `WORLD` is all counterparts together, the state's total trade.
 */
export const COUNTERPARTS = ['CHN', 'RUS', 'EU27', 'TUR', 'USA', 'KOR', 'JPN', 'IRN', ...PARTNERS, 'WORLD'] as const;
export type Counterpart = (typeof COUNTERPARTS)[number];

/** A state's flows with a counterpart, named from the state's side (not China's, as in trade.json). */
export const STATE_FLOWS = ['exports', 'imports', 'total'] as const;
export type StateFlow = (typeof STATE_FLOWS)[number];

/**
 * What a figure in partners.json rests on: the state's statistics office, IMF DOTS with the state as
 * reporter, an official release quoted by the press, or (Turkmenistan) the partners' own figures.
 */
export const FIGURE_BASES = ['national-statistics', 'imf-dots', 'official-release', 'mirror-estimate'] as const;
export type FigureBasis = (typeof FIGURE_BASES)[number];

/** The states that publish no trade by partner: what is shown for them is their partners' figures. */
export const WITHOUT_PARTNER_STATISTICS: readonly Partner[] = ['TKM'];

/** The dashboard's panels, each of which can be embedded alone. */
export const PANELS = ['map', 'trade', 'timeline'] as const;
export type PanelName = (typeof PANELS)[number];

const REPORTER_SETS: Readonly<Record<ReporterChoice, readonly Reporter[]>> = {
  china: Object.freeze(['china']),
  partner: Object.freeze(['partner']),
  both: Object.freeze(['china', 'partner']),
};

/**
 * The reporters a choice stands for, China's first. The same array for the same choice: the charts
 * drawn from it are then not redrawn when something else changes (a state chosen on the map).
 */
export function reportersOf(choice: ReporterChoice): readonly Reporter[] {
  return REPORTER_SETS[choice];
}

/**
 * Whether a change in per cent on the year before means anything for the measure: not for a balance,
 * which crosses zero (from −$1 bn to +$1 bn would read +200 %).
 */
export const hasGrowth = (measure: Measure) => measure !== 'balance';
