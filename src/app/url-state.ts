/**
 * The dashboard's view lives in the URL, so that every view is a link. One typed schema:
 * each parameter parses to valid, invalid or missing; invalid values fall back to the default;
 * only values that differ from the default are written back.
 */
import '../data/zod-csp';
import { z } from 'zod';
import { COUNTRY_CODES, EVENT_KINDS, PARTNERS } from '../data/codes';
import type { CountryCode, EventKind, Partner } from '../data/schemas';

// Built here from the shared codes: the data files' schemas are only needed where files are checked.
const PartnerSchema = z.enum(PARTNERS);
const CountryCodeSchema = z.enum(COUNTRY_CODES);
const EventKindSchema = z.enum(EVENT_KINDS);

export const MIN_YEAR = 1992;
export const MAX_YEAR = 2100;

const YearSchema = z.coerce.number().int().min(MIN_YEAR).max(MAX_YEAR);

export const MeasureSchema = z.enum(['total', 'china_exports', 'china_imports', 'balance']);
export type Measure = z.infer<typeof MeasureSchema>;

export const ReporterChoiceSchema = z.enum(['china', 'partner', 'both']);
export type ReporterChoice = z.infer<typeof ReporterChoiceSchema>;

export const EmbedSchema = z.enum(['map', 'trade', 'timeline']);
export type EmbedPanel = z.infer<typeof EmbedSchema>;

/** The trade panel's view: one country over time, or the five compared. */
export const ChartViewSchema = z.enum(['country', 'compare']);
export type ChartView = z.infer<typeof ChartViewSchema>;

/** A comma-separated set of event kinds, e.g. `summit,foreign-ministers`. */
const KindsSchema = z
  .string()
  .transform((text) => [...new Set(text.split(','))])
  .pipe(z.array(EventKindSchema).min(1));

const PARAMS = {
  country: PartnerSchema,
  year: YearSchema,
  from: YearSchema,
  to: YearSchema,
  flow: MeasureSchema,
  reporter: ReporterChoiceSchema,
  event: z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/),
  embed: EmbedSchema,
  mode: z.enum(['briefing']),
  theme: z.enum(['light', 'dark', 'auto']),
  chart: ChartViewSchema,
  kinds: KindsSchema,
  involves: CountryCodeSchema,
  transparent: z.literal('1').transform(() => true),
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
  embed: EmbedPanel | null;
  mode: 'briefing' | null;
  theme: 'light' | 'dark' | 'auto';
  chart: ChartView;
  /** Timeline filter by kind of event; null: every kind. */
  kinds: EventKind[] | null;
  /** Timeline filter: events a country hosted, chaired or attended; null: all. */
  involves: CountryCode | null;
  /** In an embed, drop the page background. */
  transparent: boolean;
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
  kinds: null,
  involves: null,
  transparent: false,
};

export type ParamResult<T> =
  { status: 'valid'; value: T } | { status: 'invalid'; raw: string; reason: string } | { status: 'missing' };

export type ParsedParams = { [K in ParamName]: ParamResult<NonNullable<ViewState[K]>> };

/** Longer values are never valid; refusing them early keeps a pasted megabyte out of zod. */
const MAX_PARAM_LENGTH = 100;

function parseParam<K extends ParamName>(name: K, raw: string | null): ParsedParams[K] {
  if (raw === null || raw === '') return { status: 'missing' };
  if (raw.length > MAX_PARAM_LENGTH)
    return { status: 'invalid', raw: raw.slice(0, MAX_PARAM_LENGTH), reason: 'too long' };
  const result = PARAMS[name].safeParse(raw);
  if (result.success) return { status: 'valid', value: result.data } as ParsedParams[K];
  return { status: 'invalid', raw, reason: result.error.issues[0]?.message ?? 'invalid' };
}

export function parseParams(search: string): ParsedParams {
  const query = new URLSearchParams(search);
  const parsed = Object.fromEntries(
    PARAM_NAMES.map((name) => [name, parseParam(name, query.get(name))]),
  ) as ParsedParams;
  // A range that runs backwards is no range: both ends fall back.
  const { from, to } = parsed;
  if (from.status === 'valid' && to.status === 'valid' && from.value > to.value) {
    parsed.from = { status: 'invalid', raw: String(from.value), reason: '`from` is after `to`' };
    parsed.to = { status: 'invalid', raw: String(to.value), reason: '`to` is before `from`' };
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
