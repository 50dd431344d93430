import './zod-csp';
import type { Topology } from 'topojson-specification';
import * as z from 'zod/mini';
import { isRealDate } from '../lib/partial-date';

import {
  COUNTERPARTS,
  COUNTRY_CODES,
  EVENT_FORMATS,
  EVENT_KINDS,
  FIGURE_BASES,
  FLOWS,
  PARTNERS,
  REPORTERS,
  STATE_FLOWS,
} from './codes';
import { partnersProblems } from './partners-rules';


export const CountryCodeSchema = z.enum(COUNTRY_CODES);

/** `CA5` is the five partners together: a regional aggregate, not an ISO code. */
export const TradePartnerSchema = z.enum([...PARTNERS, 'CA5']);

/** No one state's trade in a year comes near this: a larger figure is a slip of units or an attack. */
const PLAUSIBLE_TRADE_USD = 1e13;

const SourceIdSchema = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'source ids are lower-case kebab-case'));

/** ISO 8601 calendar date: the full date, or year-month, or the year alone; its length is its precision. */
export const PartialDateSchema = z
  .string()
  .check(
    z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD'),
    z.refine(isRealDate, 'not a real calendar date'),
  );

const FullDateSchema = z.iso.date();

/** WGS84 [longitude, latitude]. */
export const CoordinatesSchema = z.tuple([z.number().check(z.gte(-180), z.lte(180)), z.number().check(z.gte(-90), z.lte(90))]);

export const ConfidenceSchema = z.enum(['verified', 'single-source', 'uncertain']);

// ---------------------------------------------------------------- rules within one file

/**
 * Flags each record whose key was already used by an earlier record of the same array, at the
 * duplicate's own path (e.g. `events[12].id`), so the app and `data:check` refuse the same files.
 */
function refineUnique<T>(
  items: readonly T[],
  arrayName: string,
  key: (item: T) => string,
  field: string | null,
  ctx: z.core.$RefinementCtx,
): void {
  const firstIndex = new Map<string, number>();
  items.forEach((item, index) => {
    const k = key(item);
    const first = firstIndex.get(k);
    if (first === undefined) {
      firstIndex.set(k, index);
      return;
    }
    ctx.addIssue({
      code: 'custom',
      path: field === null ? [arrayName, index] : [arrayName, index, field],
      message: `duplicate of ${arrayName}[${first}] (${k})`,
    });
  });
}

// ---------------------------------------------------------------- sources.json

export const SourceSchema = z.strictObject({
  id: SourceIdSchema,
  publisher: z.string().check(z.minLength(1)),
  title: z.string().check(z.minLength(1)),
  url: z.url({ protocol: /^https?$/ }),
  published: z.optional(PartialDateSchema),
  /** What the source holds that we use: reporter, flows, years, or the event it reports. */
  covers: z.string().check(z.minLength(1)),
  kind: z.enum(['statistics', 'official', 'news', 'secondary']),
  /** Where a file came from when it was taken from a public repository: the path and the commit. */
  via: z.optional(z.string().check(z.minLength(1))),
});
export type Source = z.infer<typeof SourceSchema>;

export const SourcesFileSchema = z
  .strictObject({
    asOf: FullDateSchema,
    sources: z.array(SourceSchema).check(z.minLength(1)),
  })
  .check(z.superRefine((file, ctx) => refineUnique(file.sources, 'sources', (s) => s.id, 'id', ctx)));
export type SourcesFile = z.infer<typeof SourcesFileSchema>;

// ---------------------------------------------------------------- countries.json

const LocalisedNameSchema = z.strictObject({
  en: z.string().check(z.minLength(1)),
  ru: z.string().check(z.minLength(1)),
  zh: z.string().check(z.minLength(1)),
});

export const ForeignMinisterSchema = z.strictObject({
  name: z.string().check(z.minLength(1)),
  /** Start and end of the term as sourced; a missing `to` means still in office at `asOf`. */
  from: z.optional(PartialDateSchema),
  to: z.optional(PartialDateSchema),
  note: z.optional(z.string()),
  sources: z.array(SourceIdSchema).check(z.minLength(1)),
});

export const CountrySchema = z.strictObject({
  iso3: CountryCodeSchema,
  /** ISO 3166-1 numeric, as a three-digit string: the id of the country's shape in world-atlas. */
  isoNumeric: z.string().check(z.regex(/^\d{3}$/)),
  name: LocalisedNameSchema,
  role: z.enum(['china', 'partner']),
  capital: z.strictObject({
    name: z.string().check(z.minLength(1)),
    /** The capital's name in Russian and Chinese, in each language's usual spelling; English is `name`. */
    names: z.optional(z.strictObject({ ru: z.string().check(z.minLength(1)), zh: z.string().check(z.minLength(1)) })),
    coordinates: CoordinatesSchema,
  }),
  foreignMinisters: z.optional(z.array(ForeignMinisterSchema)),
  partnership: z.optional(
    z.strictObject({
      level: z.string().check(z.minLength(1)),
      since: PartialDateSchema,
      sources: z.array(SourceIdSchema).check(z.minLength(1)),
    }),
  ),
});
export type Country = z.infer<typeof CountrySchema>;

export const CountriesFileSchema = z
  .strictObject({
    asOf: FullDateSchema,
    /** How capital coordinates were obtained (they are for placing markers, not cited facts). */
    coordinatesNote: z.string().check(z.minLength(1)),
    countries: z.array(CountrySchema).check(z.minLength(1)),
  })
  .check(z.superRefine((file, ctx) => refineUnique(file.countries, 'countries', (c) => c.iso3, 'iso3', ctx)));
export type CountriesFile = z.infer<typeof CountriesFileSchema>;

// ---------------------------------------------------------------- trade.json

export const FlowSchema = z.enum(FLOWS);
export const ReporterSchema = z.enum(REPORTERS);

/** `annual`, or a partial year from January: `Jan-Jun`, `Jan-Oct`, … */
export const PeriodSchema = z.union([
  z.literal('annual'),
  z.string().check(z.regex(/^Jan-(Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov)$/, 'expected "annual" or "Jan-Mon"')),
]);

export const ObservationSchema = z.strictObject({
  partner: TradePartnerSchema,
  year: z.int().check(z.gte(1992), z.lte(2100)),
  period: PeriodSchema,
  reporter: ReporterSchema,
  flow: FlowSchema,
  /** Current US dollars. */
  value: z.number().check(z.nonnegative(), z.lte(PLAUSIBLE_TRADE_USD, 'over $10 trillion: not a plausible trade figure')),
  unit: z.literal('USD'),
  source: SourceIdSchema,
  /** Other publishers that give the same figure. */
  corroboratedBy: z.optional(z.array(SourceIdSchema)),
  /** `estimate`: an IMF estimate or a mirror figure; `derived`: computed by us (e.g. a sum); else as reported. */
  status: z.enum(['reported', 'estimate', 'derived']),
  confidence: ConfidenceSchema,
  note: z.optional(z.string()),
  /** The date of this figure's latest entry in revisions.json: the page says "revised" beside it. */
  revised: z.optional(FullDateSchema),
});
export type Observation = z.infer<typeof ObservationSchema>;

/** One observation per partner, year, period, reporter and flow. */
export const observationKey = (o: Pick<Observation, 'partner' | 'year' | 'period' | 'reporter' | 'flow'>) => `${o.partner} ${o.year} ${o.period} ${o.reporter} ${o.flow}`;

export const TradeFileSchema = z
  .strictObject({
    asOf: FullDateSchema,
    observations: z.array(ObservationSchema),
  })
  .check(z.superRefine((file, ctx) => refineUnique(file.observations, 'observations', observationKey, null, ctx)));
export type TradeFile = z.infer<typeof TradeFileSchema>;

// ---------------------------------------------------------------- events.json

export const EventKindSchema = z.enum(EVENT_KINDS);

/** A trade observation named by its key in trade.json (one observation per key). */
export const ObservationKeySchema = z.strictObject({
  partner: TradePartnerSchema,
  year: z.int().check(z.gte(1992), z.lte(2100)),
  period: PeriodSchema,
  reporter: ReporterSchema,
  flow: FlowSchema,
});
export type ObservationKey = z.infer<typeof ObservationKeySchema>;

export const EventSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/)),
  kind: EventKindSchema,
  /** 1st, 2nd … within its kind and track. */
  ordinal: z.optional(z.int().check(z.positive())),
  title: z.string().check(z.minLength(1)),
  /** A short name for the time axis, where the ordinal does not say it: `Treaty`. */
  label: z.optional(z.string().check(z.minLength(1), z.maxLength(24))),
  start: PartialDateSchema,
  end: z.optional(PartialDateSchema),
  /** `announced`: planned, not yet held. */
  status: z.enum(['held', 'announced']),
  city: z.nullable(z.string().check(z.minLength(1))),
  country: z.nullable(CountryCodeSchema),
  coordinates: z.nullable(CoordinatesSchema),
  format: z.enum(EVENT_FORMATS),
  chair: z.optional(z.string()),
  participants: z.optional(z.array(z.string().check(z.minLength(1)))),
  /**
   * The countries that took part (sent a delegation, signed, or acted) as the sources report it.
   * Absent where the sources do not list who attended; never filled in from the event's format alone.
   */
  delegations: z.optional(z.array(CountryCodeSchema)),
  outcomes: z.optional(z.array(z.string().check(z.minLength(1)))),
  /** Other events and trade observations that give this event its context; checked by data:check. */
  related: z.optional(
    z.strictObject({
      events: z.optional(z.array(z.string().check(z.minLength(1)))),
      trade: z.optional(z.array(ObservationKeySchema)),
    }),
  ),
  sources: z.array(SourceIdSchema).check(z.minLength(1)),
  confidence: ConfidenceSchema,
  note: z.optional(z.string()),
});
export type CaEvent = z.infer<typeof EventSchema>;

export const EventsFileSchema = z
  .strictObject({
    asOf: FullDateSchema,
    events: z.array(EventSchema),
  })
  .check(z.superRefine((file, ctx) => refineUnique(file.events, 'events', (e) => e.id, 'id', ctx)));
export type EventsFile = z.infer<typeof EventsFileSchema>;

// ---------------------------------------------------------------- events.ru.json, events.zh.json

/** The languages, besides English, that the events' own words are given in. */
export const EVENT_LANGUAGES = ['ru', 'zh'] as const;
export type EventLanguage = (typeof EVENT_LANGUAGES)[number];

/**
 * One event's words in another language, for the fields of events.json a reader reads: the title, the
 * short label, the city, the chair, the participants and the outcomes (in the English's order). The
 * title is `official` when a ministry, a government site or a state news agency published it so, with
 * that page as its `titleSource`; otherwise it, and every other field, is our `translation`.
 */
export const EventWordsSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/)),
  title: z.string().check(z.minLength(1)),
  titleOrigin: z.enum(['official', 'translation']),
  titleSource: z.optional(SourceIdSchema),
  label: z.optional(z.string().check(z.minLength(1), z.maxLength(24))),
  city: z.optional(z.string().check(z.minLength(1))),
  chair: z.optional(z.string().check(z.minLength(1))),
  participants: z.optional(z.array(z.string().check(z.minLength(1)))),
  outcomes: z.optional(z.array(z.string().check(z.minLength(1)))),
});
export type EventWords = z.infer<typeof EventWordsSchema>;

export const EventWordsFileSchema = z
  .strictObject({
    asOf: FullDateSchema,
    language: z.enum(EVENT_LANGUAGES),
    events: z.array(EventWordsSchema),
  })
  .check(z.superRefine((file, ctx) => refineUnique(file.events, 'events', (e) => e.id, 'id', ctx)));
export type EventWordsFile = z.infer<typeof EventWordsFileSchema>;

/** The events' words in each language, by file name; a dataset may leave them out (English is then shown). */
export const EVENT_WORDS_FILES = {
  'events.ru.json': 'ru',
  'events.zh.json': 'zh',
} as const satisfies Record<string, EventLanguage>;
export type EventWordsFileName = keyof typeof EVENT_WORDS_FILES;

// ---------------------------------------------------------------- partners.json

export const PartnerGroupSchema = z.strictObject({
  code: z.enum(COUNTERPARTS),
  name: z.string().check(z.minLength(1)),
  /** For a group (the EU): the ISO 3166 alpha-3 codes of the members summed. */
  members: z.optional(z.array(z.string().check(z.regex(/^[A-Z]{3}$/)))),
});

/** One state's trade with one counterpart in a year, as the state reports it (or, marked, as estimated). */
export const PartnerFigureSchema = z.strictObject({
  /** The Central Asian state whose trade this is. */
  reporter: z.enum(PARTNERS),
  partner: z.enum(COUNTERPARTS),
  year: z.int().check(z.gte(1992), z.lte(2100)),
  period: PeriodSchema,
  flow: z.enum(STATE_FLOWS),
  /** Current US dollars. */
  value: z.number().check(z.nonnegative(), z.lte(PLAUSIBLE_TRADE_USD, 'over $10 trillion: not a plausible trade figure')),
  source: SourceIdSchema,
  basis: z.enum(FIGURE_BASES),
  /**
   * `estimate`: flagged by the IMF, or a mirror figure; `verified`: a second publication gives it too;
   * `uncertain`: a series known to be implausible (the note says why): shown, never ranked or compared.
   */
  confidence: z.enum(['verified', 'single-source', 'estimate', 'uncertain']),
  note: z.optional(z.string().check(z.minLength(1))),
});
export type PartnerFigure = z.infer<typeof PartnerFigureSchema>;

export const PartnersFileSchema = z
  .strictObject({
    asOf: FullDateSchema,
    partners: z.array(PartnerGroupSchema).check(z.minLength(1)),
    observations: z.array(PartnerFigureSchema),
  })
  .check(z.superRefine((file, ctx) => {
    for (const p of partnersProblems(file.observations))
      ctx.addIssue({ code: 'custom', path: ['observations', p.index, p.field], message: p.message });
  }));
export type PartnersFile = z.infer<typeof PartnersFileSchema>;

// ---------------------------------------------------------------- revisions.json

/** The files whose published figures and events the log follows. */
export const REVISED_FILES = ['trade.json', 'events.json'] as const;

export const RevisionSchema = z.strictObject({
  date: FullDateSchema,
  file: z.enum(REVISED_FILES),
  /** trade.json: the observation's key (`KAZ 2019 annual partner total`); events.json: the event's id. */
  key: z.string().check(z.minLength(1)),
  /** The field that changed: `value` for a figure, an event's field (`start`, `city`…), or `event` for the whole event. */
  field: z.string().check(z.regex(/^[a-zA-Z]+$/)),
  /** null: the figure or event did not exist before (old) or no longer exists (new). */
  old: z.union([z.number(), z.string(), z.null()]),
  new: z.union([z.number(), z.string(), z.null()]),
  reason: z.string().check(z.minLength(1)),
  /** Where the new value comes from (for a removal, why it went). */
  source: SourceIdSchema,
});
export type Revision = z.infer<typeof RevisionSchema>;

export const RevisionsFileSchema = z.strictObject({
  asOf: FullDateSchema,
  /** The first release: every change since is logged. */
  since: FullDateSchema,
  revisions: z.array(RevisionSchema),
});
export type RevisionsFile = z.infer<typeof RevisionsFileSchema>;

/** Every data file the app loads, by its path under `data/`, with its schema. */
export const DATA_FILES = {
  'countries.json': CountriesFileSchema,
  'trade.json': TradeFileSchema,
  'events.json': EventsFileSchema,
  'sources.json': SourcesFileSchema,
  'partners.json': PartnersFileSchema,
  'revisions.json': RevisionsFileSchema,
} as const;
export type DataFileName = keyof typeof DATA_FILES;

// ---------------------------------------------------------------- central-asia.topo.json

/** Only the outline of a TopoJSON file is checked here; its geometry is built by `npm run geo`. */
export const TopologySchema = z.pipe(
  z.looseObject({
    type: z.literal('Topology'),
    arcs: z.array(z.array(z.array(z.number()))),
    objects: z.looseObject({
      countries: z.looseObject({ type: z.literal('GeometryCollection'), geometries: z.array(z.looseObject({})) }),
    }),
  }),
  z.transform((value) => value as unknown as Topology),
);

/** Every file the app fetches from `data/`, with its schema: the data files, the events' words and the map's geometry. */
export const FETCHED_FILES = {
  ...DATA_FILES,
  'events.ru.json': EventWordsFileSchema,
  'events.zh.json': EventWordsFileSchema,
  'central-asia.topo.json': TopologySchema,
} as const;
export type FetchedFile = keyof typeof FETCHED_FILES;
/** What each fetched file holds once checked. */
export type FetchedData = { [F in FetchedFile]: z.output<(typeof FETCHED_FILES)[F]> };
