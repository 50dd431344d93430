/**
 * The "By partner" view's model: one state's trade by counterpart, as the state itself reports it, as
 * shares of its trade with the world over the years; the counterparts ranked in the chosen year; when
 * China first ranked above Russia; and China's and Russia's shares of each of the five. Plain functions,
 * tested without a DOM.
 */
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { legendEntries, type ChartConfig } from '../../components/chart-config';
import type { CsvTable, PanelDownload } from '../../components/download/download-spec';
import { sourceLineText } from '../../components/source-line';
import {
  COUNTERPARTS,
  isPartner,
  WITHOUT_PARTNER_STATISTICS,
  type Counterpart,
  type FigureBasis,
  type Partner,
} from '../../data/codes';
import {
  chinaOverRussia,
  fiveShares,
  partnerFigure,
  partnerYears,
  rankPartners,
  SHARE_GROUPS,
  shareRows,
  type Overtaking,
  type RankedPartner,
  type ShareGroup,
  type ShareRow,
  type StateShares,
} from '../../data/partner-shares';
import { partnersQuery } from '../../data/queries';
import { lookUpSources } from '../../data/selectors';
import type { PartnersFile, Source } from '../../data/schemas';
import { useSourcesById, usePartnerNames, type PartnerNames } from '../../data/use-data';
import { WORDING } from '../../data/wording';
import { formatShare, ordinal } from '../../lib/format';
import { yearSpans } from './country-rows';
import { clampSpan, type OverviewBar, type YearBounds } from './range-brush';
import type { TradeView } from './trade-model';

/** Okabe–Ito colours; China and Russia, the two the view compares, drawn thicker. */
const GROUP_COLORS: Record<ShareGroup, string> = {
  CHN: '#D55E00',
  RUS: '#0072B2',
  EU27: '#009E73',
  TUR: '#CC79A7',
  NEIGHBOURS: '#E69F00',
  OTHERS: '#8C8C8C',
};

export const SHARE_CONFIG: ChartConfig = Object.fromEntries(
  SHARE_GROUPS.map((g) => [
    g,
    {
      // Read when drawn, so that it is in the language shown.
      get label() {
        return WORDING.shareGroup[g];
      },
      color: GROUP_COLORS[g],
      dashed: g === 'OTHERS',
    },
  ]),
);

export interface PartnersInputs {
  file: PartnersFile | undefined;
  names: PartnerNames;
  sourcesById: ReadonlyMap<string, Source>;
}

export interface PartnerStanding {
  rank: number;
  of: number;
  share: number | null;
}

export interface PartnersModel {
  state: Partner;
  name: string;
  names: PartnerNames;
  span: YearBounds | null;
  years: number[];
  from: number;
  to: number;
  year: number;
  /** The year shown when the link asks for none, or for one without figures here. */
  defaultYear: number;
  rows: ShareRow[];
  /** The chart's rows, by group, with the year's centre as x. */
  chartRows: (Record<ShareGroup, number | null> & { year: number; x: number; label: string })[];
  ranked: RankedPartner[];
  china: PartnerStanding | null;
  russia: PartnerStanding | null;
  /** When China first ranked above Russia, by the state's own figures (its statistics office, official releases). */
  overtaking: Overtaking;
  /** "China first ranked above Russia in …", in words: by the state's own figures, then by IMF DOTS. */
  overtakingText: string;
  five: StateShares[];
  /** What the figures rest on, year by year: the statistics office, IMF DOTS, a mirror estimate. */
  basisText: string;
  /** The years in which China or Russia has no figure while the state's world total has one. */
  gapsNote: string | null;
  /** Turkmenistan publishes no partner statistics: its figures are other countries' (mirror estimates). */
  mirrorOnly: boolean;
  counterpartName: (code: Counterpart) => string;
  config: ChartConfig;
  bars: OverviewBar[];
  sources: Source[];
  missingSources: string[];
  sourcesById: ReadonlyMap<string, Source>;
  title: string;
  subtitle: string;
  brushNote: string;
  download: PanelDownload | null;
  growthRefused: false;
}

/** The years each basis covers among the state's world totals, e.g. "IMF DOTS … 1992–2017; … 2018–2023". */
export function basisSpans(file: PartnersFile, state: Partner, from: number, to: number): string {
  const runs: { basis: FigureBasis; first: number; last: number }[] = [];
  for (let year = from; year <= to; year++) {
    const basis = partnerFigure(file, state, 'WORLD', year)?.basis;
    if (!basis) continue;
    const last = runs.at(-1);
    if (last?.basis === basis && last.last === year - 1) last.last = year;
    else runs.push({ basis, first: year, last: year });
  }
  return runs
    .map((r) => `${WORDING.basis[r.basis]} ${r.first === r.last ? r.first : `${r.first}–${r.last}`}`)
    .join('; ');
}

const yearCount = (n: number) => `${n} year${n === 1 ? '' : 's'}`;

/**
 * One sentence on when China first ranked above Russia in the figures of one kind, e.g. "By …'s own
 * statistics", saying how far those figures reach, so that an old series is not read as today's.
 */
export function overtakingText(o: Overtaking, by: string): string | null {
  if (o.compared === 0 || o.first === null || o.last === null) return null;
  const span = o.first === o.last ? String(o.first) : `${o.first}–${o.last}`;
  if (o.firstAbove === null)
    return `${by}: in the ${yearCount(o.compared)} with both figures (${span}), China did not rank above Russia.`;
  const first =
    o.firstAbove === o.first
      ? `${by}, China ranked above Russia from ${o.first}, the first year with both figures`
      : `${by}, China first ranked above Russia in ${o.firstAbove}`;
  if (o.aboveSince === null) return `${first}; it is not above Russia in ${o.last}, the latest year with both figures.`;
  if (o.aboveSince === o.firstAbove)
    return o.firstAbove === o.last ? `${first}.` : `${first}, and in every year with both figures through ${o.last}.`;
  return `${first}; it has been above in every year from ${o.aboveSince} through ${o.last}.`;
}

const OWN_BASES = ['national-statistics', 'official-release'] as const;

function standing(ranked: readonly RankedPartner[], partner: Counterpart): PartnerStanding | null {
  const row = ranked.find((r) => r.partner === partner);
  return row ? { rank: row.rank, of: ranked.length, share: row.share } : null;
}

export const standingText = (s: PartnerStanding | null) =>
  s === null
    ? 'no figure'
    : `${ordinal(s.rank)} of the ${s.of} partners with a figure${s.share === null ? '' : `, ${formatShare(s.share)} of the total`}`;

export const PARTNERS_CSV_COLUMNS = [
  'year',
  'reporter',
  'partner',
  'partner_name',
  'flow',
  'value_usd',
  'share_of_world',
  'basis',
  'confidence',
  'source',
  'source_url',
  'note',
];

/** Every annual figure behind the view, total trade, the world first each year. */
export function partnersCsv(
  file: PartnersFile,
  state: Partner,
  from: number,
  to: number,
  sourcesById: ReadonlyMap<string, Source>,
  counterpartName: (code: Counterpart) => string,
): CsvTable {
  const rows: CsvTable['rows'] = [];
  for (let year = from; year <= to; year++) {
    const world = partnerFigure(file, state, 'WORLD', year)?.value ?? null;
    for (const partner of ['WORLD', ...COUNTERPARTS.filter((c) => c !== 'WORLD')] as Counterpart[]) {
      const o = partnerFigure(file, state, partner, year);
      if (!o) continue;
      rows.push([
        year,
        state,
        partner,
        counterpartName(partner),
        o.flow,
        o.value,
        world === null || world <= 0 ? null : Number((o.value / world).toFixed(6)),
        o.basis,
        o.confidence,
        sourcesById.get(o.source)?.publisher ?? o.source,
        sourcesById.get(o.source)?.url ?? null,
        o.note ?? null,
      ]);
    }
  }
  return { columns: [...PARTNERS_CSV_COLUMNS], rows };
}

/** What the chosen year shows: the ranking, China's and Russia's place, the five's shares. */
function yearFigures(file: PartnersFile | undefined, state: Partner, asked: number | null, defaultYear: number) {
  // A year the link asks for that has no world total here (it may be another view's) gives way.
  const year = asked !== null && file && partnerFigure(file, state, 'WORLD', asked) ? asked : defaultYear;
  const ranked = file ? rankPartners(file, state, year) : [];
  return {
    year,
    ranked,
    china: standing(ranked, 'CHN'),
    russia: standing(ranked, 'RUS'),
    five: file ? fiveShares(file, year) : [],
  };
}

/** The model for another year: only the year's figures change, the rest keeps its objects (no chart redraws). */
export function atYear(model: PartnersModel, file: PartnersFile | undefined, asked: number | null): PartnersModel {
  const figures = yearFigures(file, model.state, asked, model.defaultYear);
  return figures.year === model.year ? model : { ...model, ...figures };
}

export function partnersModel(
  view: Pick<TradeView, 'country' | 'from' | 'to' | 'year'>,
  inputs: PartnersInputs,
): PartnersModel {
  const { file, names, sourcesById } = inputs;
  const state = view.country;
  const name = names[state];
  const groupNames = new Map(file?.partners.map((p) => [p.code, p.name]));
  const counterpartName = (code: Counterpart) => (isPartner(code) ? names[code] : (groupNames.get(code) ?? code));
  const span = file ? partnerYears(file, state) : null;
  const years = span ? Array.from({ length: span.last - span.first + 1 }, (_, i) => span.first + i) : [];
  const { from, to } = span ? clampSpan(view.from, view.to, span) : { from: 0, to: 0 };
  const rows = file && span ? shareRows(file, state, from, to) : [];
  // The latest year in which every group has a figure, so that the ranking is not of a handful of partners.
  const latestComplete = [...rows].reverse().find((r) => r.shares.OTHERS !== null)?.year;
  const latestWithWorld = [...rows].reverse().find((r) => r.world !== null)?.year;
  const defaultYear = latestComplete ?? latestWithWorld ?? span?.last ?? 0;
  const { year, ranked, china, russia, five } = yearFigures(file, state, view.year, defaultYear);
  const none: Overtaking = { first: null, firstAbove: null, aboveSince: null, compared: 0, last: null };
  // Over every year of the state, not the years shown: when China first ranked above Russia is history.
  const all = span ?? { first: 0, last: -1 };
  const overtaking = file ? chinaOverRussia(file, state, all.first, all.last, OWN_BASES) : none;
  const byDots = file ? chinaOverRussia(file, state, all.first, all.last, ['imf-dots']) : none;
  const byMirror = file ? chinaOverRussia(file, state, all.first, all.last, ['mirror-estimate']) : none;
  const mirrorOnly = WITHOUT_PARTNER_STATISTICS.includes(state);
  const basisText = file ? basisSpans(file, state, from, to) : '';

  const ids = new Map<string, number>();
  if (file)
    for (const o of file.observations)
      if (o.reporter === state && o.period === 'annual' && o.flow === 'total' && o.year >= from && o.year <= to)
        ids.set(o.source, (ids.get(o.source) ?? 0) + 1);
  const { sources, missing: missingSources } = lookUpSources(
    [...ids].sort((a, b) => b[1] - a[1]).map(([id]) => id),
    sourcesById,
  );

  const missing = (['CHN', 'RUS'] as const).flatMap((code) => {
    const years = rows.filter((r) => r.world !== null && r.values[code] === null).map((r) => r.year);
    return years.length > 0 ? [`${WORDING.shareGroup[code]} ${yearSpans(years)}`] : [];
  });
  const uncertain = file
    ? rows.filter((r) => partnerFigure(file, state, 'WORLD', r.year)?.confidence === 'uncertain').map((r) => r.year)
    : [];
  const title = `${name}’s trade by partner`;
  const whose = mirrorOnly
    ? `no figures of ${name}’s own: its partners’ figures (mirror estimates)`
    : `${name}’s figures: ${basisText || 'none'}`;
  return {
    state,
    name,
    names,
    span,
    years,
    from,
    to,
    year,
    rows,
    chartRows: rows.map((r) => ({ ...r.shares, year: r.year, x: r.year + 0.5, label: String(r.year) })),
    defaultYear,
    ranked,
    china,
    russia,
    overtaking,
    overtakingText:
      [
        overtakingText(overtaking, `By ${name}’s own statistics`),
        overtakingText(byDots, `In IMF DOTS (${name} as reporter)`),
        overtakingText(byMirror, `By its partners’ figures (mirror estimates)`),
      ]
        .filter((text): text is string => text !== null)
        .join(' ') || `No year in ${from}–${to} with both China’s and Russia’s figures.`,
    five,
    basisText,
    gapsNote:
      [
        missing.length > 0 ? `No figure, in years with a world total: ${missing.join('; ')}.` : null,
        uncertain.length > 0
          ? `Uncertain figures (an implausible series: the CSV’s notes say why), shown but not used for when China first ranked above Russia nor for changes on the year before: ${yearSpans(uncertain)}.`
          : null,
      ]
        .filter((note): note is string => note !== null)
        .join(' ') || null,
    mirrorOnly,
    counterpartName,
    config: SHARE_CONFIG,
    bars: rows.map((r) => ({ year: r.year, value: r.world })),
    sources,
    missingSources,
    sourcesById,
    title,
    subtitle: `Share of ${name}’s total trade (exports plus imports) by partner, % of its trade with the world · annual · ${span ? `${from}–${to}` : 'no years with figures'} · ${whose}`,
    brushNote: `Drag the window or its ends to choose the years. Bars: ${name}’s total trade with the world; none where a figure is missing.`,
    download: file
      ? {
          fileBase: `${name.toLowerCase().replace(/\W+/g, '-')}-trade-by-partner-${from}-${to}`,
          table: () => partnersCsv(file, state, from, to, sourcesById, counterpartName),
          legend: legendEntries(SHARE_CONFIG, SHARE_GROUPS),
          sourceLine: sourceLineText(sources, 'Source', missingSources),
        }
      : null,
    growthRefused: false,
  };
}

/** A briefing slide's headline for the view: China's share of the state's trade, and Russia's beside it. */
export function partnersBriefing(model: PartnersModel) {
  const { china, russia, name, year } = model;
  const chinaBasis = model.ranked.find((r) => r.partner === 'CHN')?.figure.basis;
  return {
    title: `China and Russia in ${name}’s trade`,
    figure: china?.share == null ? null : formatShare(china.share),
    change: `China ${china ? ordinal(china.rank) : '–'} · Russia ${russia?.share == null ? 'no figure' : `${formatShare(russia.share)}, ${ordinal(russia.rank)}`}`,
    basis: `${year}, China’s share of ${name}’s total trade, by ${chinaBasis ? WORDING.basis[chinaBasis] : 'no figure'}. ${model.overtakingText}`,
  };
}

/** The view's model; partners.json is fetched only while the view is shown. */
export function usePartnersModel(view: TradeView, enabled: boolean) {
  const partners = useQuery({ ...partnersQuery(), enabled });
  const names = usePartnerNames();
  const sourcesById = useSourcesById();
  const { country, from, to, year } = view;
  const base = useMemo(
    () => partnersModel({ country, from, to, year: null }, { file: partners.data, names, sourcesById }),
    [country, from, to, partners.data, names, sourcesById],
  );
  const model = useMemo(() => atYear(base, partners.data, year), [base, partners.data, year]);
  return { model, partners };
}
