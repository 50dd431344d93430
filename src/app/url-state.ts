/**
 * The dashboard's view lives in the URL, so that every view is a link. One table of parameters:
 * each parses to valid, invalid or missing; invalid values fall back to the default; only values
 * that differ from the default are written back. Plain checks rather than zod, so that the page's
 * entry script carries no schema library.
 */
import {
  CHART_KINDS,
  type ChartKind,
  COUNTRY_CODES,
  type CountryCode,
  EVENT_KINDS,
  type EventKind,
  MAP_SHOWS,
  type MapShows,
  type Measure,
  MEASURES,
  type PanelName,
  PANELS,
  type Partner,
  PARTNERS,
  REPORTER_CHOICES,
  type ReporterChoice,
} from '../data/codes';
import { type Language, LANGUAGES } from '../i18n/languages';

export const MIN_YEAR = 1992;
export const MAX_YEAR = 2100;

/**
 * Why a value was refused, as a code and its values: the page words it in the language shown
 * (`app.reason.*` messages); this module stays free of the message library, for the entry's sake.
 */
export interface Reason {
  why:
    | 'oneOf'
    | 'year'
    | 'yearRange'
    | 'eventId'
    | 'kind'
    | 'table'
    | 'words'
    | 'flag'
    | 'tooLong'
    | 'fromAfterTo'
    | 'toBeforeFrom';
  values?: Record<string, string>;
}

type Check<T> = (raw: string) => { ok: true; value: T } | { ok: false; reason: Reason };

function oneOf<const T extends string>(values: readonly T[]): Check<T> {
  return (raw) =>
    (values as readonly string[]).includes(raw)
      ? { ok: true, value: raw as T }
      : { ok: false, reason: { why: 'oneOf', values: { values: values.join(', ') } } };
}

const year: Check<number> = (raw) => {
  if (!/^\d{4}$/.test(raw)) return { ok: false, reason: { why: 'year' } };
  const value = Number(raw);
  return value >= MIN_YEAR && value <= MAX_YEAR
    ? { ok: true, value }
    : { ok: false, reason: { why: 'yearRange', values: { from: String(MIN_YEAR), to: String(MAX_YEAR) } } };
};

const eventId: Check<string> = (raw) =>
  /^[a-z0-9][a-z0-9-]{0,79}$/.test(raw) ? { ok: true, value: raw } : { ok: false, reason: { why: 'eventId' } };

/** A comma-separated set of event kinds, e.g. `summit,foreign-ministers`, without repeats. */
const kinds: Check<EventKind[]> = (raw) => {
  const isKind = oneOf(EVENT_KINDS);
  const values = [...new Set(raw.split(','))];
  const unknown = values.find((value) => !isKind(value).ok);
  return unknown === undefined
    ? { ok: true, value: values as EventKind[] }
    : { ok: false, reason: { why: 'kind', values: { kind: unknown } } };
};

/** The panels whose table is open, e.g. `map,trade`: only the two that have one. */
const tables: Check<('map' | 'trade')[]> = (raw) => {
  const values = [...new Set(raw.split(','))];
  const unknown = values.find((value) => value !== 'map' && value !== 'trade');
  return unknown === undefined
    ? { ok: true, value: values as ('map' | 'trade')[] }
    : { ok: false, reason: { why: 'table', values: { panel: unknown } } };
};

/** Words to search the events for, as typed (the length is capped for every parameter). */
const words: Check<string> = (raw) =>
  raw.trim() ? { ok: true, value: raw.trim() } : { ok: false, reason: { why: 'words' } };

const flag: Check<true> = (raw) => (raw === '1' ? { ok: true, value: true } : { ok: false, reason: { why: 'flag' } });

const PARAMS = {
  country: oneOf(PARTNERS),
  year,
  from: year,
  to: year,
  flow: oneOf(MEASURES),
  reporter: oneOf(REPORTER_CHOICES),
  event: eventId,
  embed: oneOf(PANELS),
  mode: oneOf(['briefing']),
  theme: oneOf(['light', 'dark', 'auto']),
  chart: oneOf(CHART_KINDS),
  map: oneOf(MAP_SHOWS),
  kinds,
  involves: oneOf(COUNTRY_CODES),
  transparent: flag,
  compact: flag,
  growth: flag,
  table: tables,
  stack: flag,
  values: oneOf(['usd', 'index', 'cumulative', 'yoy']),
  base: year,
  log: flag,
  when: year,
  q: words,
  list: flag,
  lang: oneOf(LANGUAGES),
} as const;

export type ParamName = keyof typeof PARAMS;
export const PARAM_NAMES = Object.keys(PARAMS) as ParamName[];

export interface ViewState {
  country: Partner;
  /** null: the latest year with data. */
  year: number | null;
  /** null: from the first year with data. */
  from: number | null;
  /** null: to the latest year with data. */
  to: number | null;
  flow: Measure;
  reporter: ReporterChoice;
  event: string | null;
  embed: PanelName | null;
  mode: 'briefing' | null;
  theme: 'light' | 'dark' | 'auto';
  chart: ChartKind;
  /** What the map colours: trade with China, or China's share of each state's trade. */
  map: MapShows;
  /** Timeline filter by kind of event; null: every kind. */
  kinds: EventKind[] | null;
  /** Timeline filter: events a country hosted, chaired or attended; null: all. */
  involves: CountryCode | null;
  /** In an embed, drop the page background. */
  transparent: boolean;
  /** In an embed, the figure, its legend and its source line only: no controls, no figures beside it. */
  compact: boolean;
  /** One state's chart as the change on the year before (%), instead of US$. */
  growth: boolean;
  /** The panels showing their table instead of their figure; null: none. */
  table: ('map' | 'trade')[] | null;
  /** The five compared as a stack of areas instead of lines. */
  stack: boolean;
  /** The five compared in US$, as an index (base year = 100), as the cumulative change or the change on the year before. */
  values: 'usd' | 'index' | 'cumulative' | 'yoy';
  /** The index's base year; null: the range's first year in which all five have a figure. */
  base: number | null;
  /** The five's US$ figures on a logarithmic scale. */
  log: boolean;
  /** Timeline filter: the events of one year; null: all. */
  when: number | null;
  /** Timeline search over events and their sources; null: none. */
  q: string | null;
  /** The timeline as a list, on a wide screen too. */
  list: boolean;
  /** The interface's language; null: the browser's preferred languages decide (i18n/languages.ts). */
  lang: Language | null;
}

export const DEFAULT_VIEW: ViewState = {
  country: 'KAZ',
  year: null,
  from: null,
  to: null,
  flow: 'total',
  reporter: 'china',
  event: null,
  embed: null,
  mode: null,
  theme: 'auto',
  chart: 'country',
  map: 'trade',
  kinds: null,
  involves: null,
  transparent: false,
  compact: false,
  growth: false,
  table: null,
  stack: false,
  values: 'usd',
  base: null,
  log: false,
  when: null,
  q: null,
  list: false,
  lang: null,
};

export type ParamResult<T> =
  { status: 'valid'; value: T } | { status: 'invalid'; raw: string; reason: Reason } | { status: 'missing' };

export type ParsedParams = { [K in ParamName]: ParamResult<NonNullable<ViewState[K]>> };

/** Longer values are never valid; refusing them early keeps a pasted megabyte out of the checks. */
const MAX_PARAM_LENGTH = 100;

function parseParam(name: ParamName, raw: string | null): ParamResult<unknown> {
  if (raw === null || raw === '') return { status: 'missing' };
  if (raw.length > MAX_PARAM_LENGTH)
    return { status: 'invalid', raw: raw.slice(0, MAX_PARAM_LENGTH), reason: { why: 'tooLong' } };
  const check: Check<unknown> = PARAMS[name];
  const result = check(raw);
  if (result.ok) return { status: 'valid', value: result.value };
  return { status: 'invalid', raw, reason: result.reason };
}

export function parseParams(search: string): ParsedParams {
  const query = new URLSearchParams(search);
  const parsed = Object.fromEntries(
    PARAM_NAMES.map((name) => [name, parseParam(name, query.get(name))]),
  ) as ParsedParams;
  // A range that runs backwards is no range: both ends fall back.
  const { from, to } = parsed;
  if (from.status === 'valid' && to.status === 'valid' && from.value > to.value) {
    parsed.from = { status: 'invalid', raw: String(from.value), reason: { why: 'fromAfterTo' } };
    parsed.to = { status: 'invalid', raw: String(to.value), reason: { why: 'toBeforeFrom' } };
  }
  return parsed;
}

export function viewFromParams(parsed: ParsedParams): ViewState {
  const view = { ...DEFAULT_VIEW } as Record<ParamName, unknown>;
  for (const name of PARAM_NAMES) {
    const result = parsed[name];
    if (result.status === 'valid') view[name] = result.value;
  }
  return view as unknown as ViewState;
}

export function parseView(search: string): ViewState {
  return viewFromParams(parseParams(search));
}

function encode(value: ViewState[ParamName]): string | null {
  if (value === null || value === false) return null;
  if (value === true) return '1';
  if (Array.isArray(value)) return value.join(',');
  return String(value);
}

/**
 * Writes the view into a query string: only non-default values, in a stable order.
 * Parameters the dashboard does not own are kept as they were.
 */
export function serializeView(view: ViewState, previousSearch = ''): string {
  const query = new URLSearchParams(previousSearch);
  for (const name of PARAM_NAMES) query.delete(name);
  for (const name of PARAM_NAMES) {
    const text = encode(view[name]);
    if (text !== null && text !== encode(DEFAULT_VIEW[name])) query.set(name, text);
  }
  const text = query.toString();
  return text ? `?${text}` : '';
}

/** What the page says of a parameter it could not use: its name, the value given, why, and what it shows instead. */
export interface RejectedParam {
  name: ParamName;
  raw: string;
  reason: Reason;
  /** The value used instead, as the URL would write it; null when that is the default (nothing). */
  used: string | null;
}

export function rejectedParams(search: string): RejectedParam[] {
  const parsed = parseParams(search);
  const view = viewFromParams(parsed);
  return PARAM_NAMES.flatMap((name) => {
    const result = parsed[name];
    return result.status === 'invalid'
      ? [{ name, raw: result.raw, reason: result.reason, used: encode(view[name]) }]
      : [];
  });
}

let serverSearch = '';

/** The query a render without a browser draws (the build's snapshots of a view, src/snapshot/). */
export function drawOnServer(search: string): void {
  serverSearch = search;
}

/** The address's query; on the server (the build's snapshots, src/snapshot/), the view being drawn. */
export function currentSearch(): string {
  return typeof window === 'undefined' ? serverSearch : window.location.search;
}

/**
 * The current page as a link in `mode`; drawn on the server (the default view's snapshot, src/snapshot/),
 * the same link relative to the page.
 */
export function pageLinkWithMode(mode: ViewState['mode']): string {
  if (typeof window === 'undefined') return mode ? `?mode=${mode}` : '?';
  return linkWithMode(window.location.href, mode);
}

/** The page's address with the slide's mode set (`briefing`) or dropped (null), without a fragment. */
export function linkWithMode(href: string, mode: ViewState['mode']): string {
  const url = new URL(href);
  if (mode) url.searchParams.set('mode', mode);
  else url.searchParams.delete('mode');
  url.hash = '';
  return url.toString();
}
