/**
 * What each code of the domain (codes.ts) is called on screen, in one table: every view takes its words
 * from here, so that a word is changed, or translated, in one place. A code's entry holds each form the
 * views need (a label for a list, a phrase for a sentence, …).
 */
import type {
  ChartKind,
  EventFormat,
  EventKind,
  FigureBasis,
  MapMeasure,
  MapShows,
  Measure,
  PanelName,
  Reporter,
  ReporterChoice,
} from './codes';
import type { ShareGroup } from './partner-shares';

export const WORDING = {
  measure: {
    total: {
      label: 'Total trade',
      inSentence: 'total trade',
      short: 'Total trade',
      ofState: 'total trade with China',
      phrase: 'trade',
    },
    china_exports: {
      label: 'China’s exports',
      inSentence: 'China’s exports',
      short: 'China’s exports',
      ofState: 'China’s exports to it',
      phrase: 'exports to',
    },
    china_imports: {
      label: 'China’s imports',
      inSentence: 'China’s imports',
      short: 'China’s imports',
      ofState: 'China’s imports from it',
      phrase: 'imports from',
    },
    balance: {
      label: 'China’s trade balance',
      inSentence: 'China’s trade balance',
      short: 'China’s balance',
      ofState: 'China’s trade balance with it',
      phrase: 'trade balance with',
    },
  },
  /** The map's own measure, beside the trade measures. */
  chinaShare: {
    label: 'China’s share of the state’s trade',
    inSentence: 'China’s share of the state’s trade',
    short: 'China’s share',
    ofState: 'China’s share of its trade',
    phrase: 'share of',
  },
  mapShows: {
    trade: 'Trade with China',
    share: 'China’s share',
  },
  reporter: {
    china: {
      /** The reporter itself, as a series and a column are named. */
      name: () => 'China’s customs',
      /** Where the state is not named (the map, the slide): whose figures. */
      general: 'China’s customs',
    },
    partner: {
      /** A state that publishes no trade by partner (Turkmenistan) has mirror estimates, never "statistics". */
      name: (partnerName: string, mirror = false) =>
        mirror ? `${partnerName}: mirror estimates (IMF, EDB)` : `${partnerName}’s statistics`,
      general: 'the partner’s statistics',
    },
  },
  reporterChoice: {
    china: { one: () => 'China’s customs', five: 'China’s customs' },
    partner: {
      one: (partnerName: string, mirror = false) =>
        mirror ? `${partnerName}: mirror estimates` : `${partnerName}’s statistics`,
      five: 'The partners’ statistics',
    },
    both: { one: () => 'Both, side by side', five: 'Both, side by side' },
  },
  chartKind: {
    country: 'One country',
    compare: 'All five',
    partners: 'By partner',
  },
  /** The groups a state's trade is drawn in (data/partner-shares.ts); other counterparts by their names. */
  shareGroup: {
    CHN: 'China',
    RUS: 'Russia',
    EU27: 'European Union',
    TUR: 'Türkiye',
    NEIGHBOURS: 'Central Asian neighbours',
    OTHERS: 'All other partners',
  },
  basis: {
    'national-statistics': 'the state’s statistics office',
    'imf-dots': 'IMF DOTS, the state as reporter',
    'official-release': 'an official release quoted by the press',
    'mirror-estimate': 'a mirror estimate from partners’ figures',
  },
  panel: {
    map: { label: 'Map', frameTitle: 'Map of China’s trade with Central Asia' },
    trade: { label: 'Trade chart', frameTitle: 'China’s trade with a Central Asian state' },
    timeline: { label: 'Meetings and summits', frameTitle: 'China–Central Asia meetings and summits' },
  },
  eventKind: {
    'foreign-ministers': { label: 'Foreign ministers', plural: 'Foreign ministers’ meetings' },
    summit: { label: 'Summit', plural: 'Summits' },
    ministerial: { label: 'Ministerial', plural: 'Other ministerial tracks' },
    secretariat: { label: 'Secretariat', plural: 'Secretariat' },
    agreement: { label: 'Agreement', plural: 'Agreements' },
    milestone: { label: 'Milestone', plural: 'Milestones' },
  },
  eventFormat: {
    'in-person': 'in person',
    video: 'by video',
    hybrid: 'hybrid (in person and by video)',
  },
} as const satisfies {
  measure: Record<Measure, { label: string; inSentence: string; short: string; ofState: string; phrase: string }>;
  chinaShare: { label: string; inSentence: string; short: string; ofState: string; phrase: string };
  mapShows: Record<MapShows, string>;
  reporter: Record<Reporter, { name: (partnerName: string, mirror?: boolean) => string; general: string }>;
  reporterChoice: Record<ReporterChoice, { one: (partnerName: string, mirror?: boolean) => string; five: string }>;
  chartKind: Record<ChartKind, string>;
  shareGroup: Record<ShareGroup, string>;
  basis: Record<FigureBasis, string>;
  panel: Record<PanelName, { label: string; frameTitle: string }>;
  eventKind: Record<EventKind, { label: string; plural: string }>;
  eventFormat: Record<EventFormat, string>;
};

/** A map measure's words: a trade measure's, or China's share's. */
export const mapMeasureWords = (measure: MapMeasure) =>
  measure === 'china_share' ? WORDING.chinaShare : WORDING.measure[measure];
