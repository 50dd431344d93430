/**
 * What each code of the domain (codes.ts) is called on screen, in one table: every view takes its words
 * from here, so that a word is changed, or translated, in one place. A code's entry holds each form the
 * views need (a label for a list, a phrase for a sentence, …). Each word is read from the messages
 * (src/i18n/messages/<language>/domain.json) when it is read, so it is in the language shown.
 */
import { t } from '../i18n/i18n';
import type { MessageId } from '../i18n/message-id';
import {
  CHART_KINDS,
  type ChartKind,
  EVENT_FORMATS,
  EVENT_KINDS,
  type EventFormat,
  type EventKind,
  FIGURE_BASES,
  type FigureBasis,
  MAP_SHOWS,
  type MapMeasure,
  type MapShows,
  type Measure,
  MEASURES,
  type PanelName,
  PANELS,
  type Reporter,
  type ReporterChoice,
} from './codes';
import { SHARE_GROUPS, type ShareGroup } from './partner-shares';

type Words<K extends string> = Readonly<Record<K, string>>;

/** An object whose every key reads, when read, the shown language's message `${prefix}.${key}`. */
function words<const K extends string>(prefix: string, keys: readonly K[]): Words<K> {
  const object = {} as Record<K, string>;
  for (const key of keys)
    Object.defineProperty(object, key, { enumerable: true, get: () => t(`${prefix}.${key}` as MessageId) });
  return object;
}

/** One entry per code: `make(code)`. */
function byCode<const C extends string, V>(codes: readonly C[], make: (code: C) => V): Readonly<Record<C, V>> {
  return Object.fromEntries(codes.map((code) => [code, make(code)])) as Record<C, V>;
}

const MEASURE_FORMS = ['label', 'inSentence', 'short', 'ofState', 'phrase'] as const;

export const WORDING = {
  measure: byCode(MEASURES, (measure) => words(`domain.measure.${measure}`, MEASURE_FORMS)),
  /** The map's own measure, beside the trade measures. */
  chinaShare: words('domain.chinaShare', MEASURE_FORMS),
  mapShows: words('domain.mapShows', MAP_SHOWS),
  reporter: {
    china: {
      /** The reporter itself, as a series and a column are named. */
      name: () => t('domain.reporter.china.name'),
      /** Where the state is not named (the map, the slide): whose figures. */
      get general() {
        return t('domain.reporter.china.general');
      },
    },
    partner: {
      /** A state that publishes no trade by partner (Turkmenistan) has mirror estimates, never "statistics". */
      name: (partner: string, mirror = false) =>
        t(mirror ? 'domain.reporter.partner.mirrorName' : 'domain.reporter.partner.name', { partner }),
      get general() {
        return t('domain.reporter.partner.general');
      },
    },
  },
  reporterChoice: {
    china: {
      one: () => t('domain.reporterChoice.china'),
      get five() {
        return t('domain.reporterChoice.china');
      },
    },
    partner: {
      one: (partner: string, mirror = false) =>
        t(mirror ? 'domain.reporterChoice.partner.mirror' : 'domain.reporterChoice.partner.one', { partner }),
      get five() {
        return t('domain.reporterChoice.partner.five');
      },
    },
    both: {
      one: () => t('domain.reporterChoice.both'),
      get five() {
        return t('domain.reporterChoice.both');
      },
    },
  },
  chartKind: words('domain.chartKind', CHART_KINDS),
  /** The groups a state's trade is drawn in (data/partner-shares.ts); other counterparts by their names. */
  shareGroup: words('domain.shareGroup', SHARE_GROUPS),
  basis: words('domain.basis', FIGURE_BASES),
  panel: byCode(PANELS, (panel) => words(`domain.panel.${panel}`, ['label', 'frameTitle'])),
  eventKind: byCode(EVENT_KINDS, (kind) => words(`domain.eventKind.${kind}`, ['label', 'plural'])),
  eventFormat: words('domain.eventFormat', EVENT_FORMATS),
} as const satisfies {
  measure: Record<Measure, Words<(typeof MEASURE_FORMS)[number]>>;
  chinaShare: Words<(typeof MEASURE_FORMS)[number]>;
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
