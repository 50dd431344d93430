/**
 * The "By partner" view's model: one state's trade by counterpart, as the state itself reports it, as
 * shares of its trade with the world over the years; the counterparts ranked in the chosen year; when
 * China first ranked above Russia; and China's and Russia's shares of each of the five. Plain functions,
 * tested without a DOM.
 */
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
import { lookUpSources } from '../../data/selectors';
import type { PartnersFile, Source } from '../../data/schemas';
import type { PartnerNames } from '../../data/use-data';
import { WORDING } from '../../data/wording';
import { activeLanguage, t } from '../../i18n/i18n';
import { formatShare } from '../../lib/format';
import { joinWords } from './compare-model';
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
  return joinWords(
    runs.map((r) =>
      t('compare.partners.basisSpan', {
        basis: WORDING.basis[r.basis],
        years: r.first === r.last ? String(r.first) : `${r.first}–${r.last}`,
      }),
    ),
    'compare.join.semicolon',
  );
}

/**
 * One sentence on when China first ranked above Russia in the figures of one kind, e.g. "By …'s own
 * statistics", saying how far those figures reach, so that an old series is not read as today's.
 */
export function overtakingText(o: Overtaking, by: string): string | null {
  if (o.compared === 0 || o.first === null || o.last === null) return null;
  const span = o.first === o.last ? String(o.first) : `${o.first}–${o.last}`;
  if (o.firstAbove === null) return t('compare.overtaking.never', { by, count: o.compared, span });
  const clause =
    o.firstAbove === o.first
      ? t('compare.overtaking.fromStart', { by, first: String(o.first) })
      : t('compare.overtaking.firstIn', { by, year: String(o.firstAbove) });
  const last = String(o.last);
  if (o.aboveSince === null) return t('compare.overtaking.notNow', { clause, last });
  if (o.aboveSince === o.firstAbove)
    return o.firstAbove === o.last
      ? t('compare.overtaking.once', { clause })
      : t('compare.overtaking.through', { clause, last });
  return t('compare.overtaking.since', { clause, since: String(o.aboveSince), last });
}

const OWN_BASES = ['national-statistics', 'official-release'] as const;

function standing(ranked: readonly RankedPartner[], partner: Counterpart): PartnerStanding | null {
  const row = ranked.find((r) => r.partner === partner);
  return row ? { rank: row.rank, of: ranked.length, share: row.share } : null;
}

export const standingText = (s: PartnerStanding | null) =>
  s === null
    ? t('compare.noFigure')
    : s.share === null
      ? t('compare.standing.noShare', { rank: s.rank, of: s.of })
      : t('compare.standing.share', { rank: s.rank, of: s.of, share: formatShare(s.share) });

/**
 * A counterpart's name. The five's come from countries.json; the others' from partners.json, whose names
 * are English: in another language they are the messages' (compare.counterpart.*).
 */
export function counterpartNamer(file: PartnersFile | undefined, names: PartnerNames): (code: Counterpart) => string {
  const groupNames = new Map(file?.partners.map((p) => [p.code, p.name]));
  return (code) => {
    if (isPartner(code)) return names[code];
    return (activeLanguage() === 'en' ? groupNames.get(code) : undefined) ?? t(`compare.counterpart.${code}`);
  };
}

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
] as const;

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
  return { columns: PARTNERS_CSV_COLUMNS.map((column) => t(`compare.csv.${column}`)), rows };
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

/** The name as a file name's part (`kazakhstan`); a name without Latin letters gives the state's code. */
function fileSlug(name: string, state: Partner): string {
  const slug = name.toLowerCase().replace(/\W+/g, '-');
  return /[a-z]/.test(slug) ? slug : state.toLowerCase();
}

export function partnersModel(
  view: Pick<TradeView, 'country' | 'from' | 'to' | 'year'>,
  inputs: PartnersInputs,
): PartnersModel {
  const { file, names, sourcesById } = inputs;
  const state = view.country;
  const name = names[state];
  const counterpartName = counterpartNamer(file, names);
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
    return years.length > 0
      ? [t('compare.gaps.item', { group: WORDING.shareGroup[code], years: yearSpans(years) })]
      : [];
  });
  const uncertain = file
    ? rows.filter((r) => partnerFigure(file, state, 'WORLD', r.year)?.confidence === 'uncertain').map((r) => r.year)
    : [];
  const title = t('compare.partners.title', { name });
  const whose = mirrorOnly
    ? t('compare.partners.whose.mirror', { name })
    : basisText
      ? t('compare.partners.whose.own', { name, basis: basisText })
      : t('compare.partners.whose.none', { name });
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
      joinWords(
        [
          overtakingText(overtaking, t('compare.overtaking.by.own', { name })),
          overtakingText(byDots, t('compare.overtaking.by.dots', { name })),
          overtakingText(byMirror, t('compare.overtaking.by.mirror')),
        ].filter((text): text is string => text !== null),
        'compare.join.sentence',
      ) || t('compare.overtaking.none', { from: String(from), to: String(to) }),
    five,
    basisText,
    gapsNote:
      joinWords(
        [
          missing.length > 0 ? t('compare.gaps.missing', { list: joinWords(missing, 'compare.join.semicolon') }) : null,
          uncertain.length > 0 ? t('compare.gaps.uncertain', { years: yearSpans(uncertain) }) : null,
        ].filter((note): note is string => note !== null),
        'compare.join.sentence',
      ) || null,
    mirrorOnly,
    counterpartName,
    config: SHARE_CONFIG,
    bars: rows.map((r) => ({ year: r.year, value: r.world })),
    sources,
    missingSources,
    sourcesById,
    title,
    subtitle: t('compare.partners.subtitle', {
      name,
      years: span ? `${from}–${to}` : t('compare.partners.noYears'),
      whose,
    }),
    brushNote: t('compare.partners.brushNote', { name }),
    download: file
      ? {
          fileBase: `${fileSlug(name, state)}-trade-by-partner-${from}-${to}`,
          table: () => partnersCsv(file, state, from, to, sourcesById, counterpartName),
          legend: legendEntries(SHARE_CONFIG, SHARE_GROUPS),
          sourceLine: sourceLineText(sources, undefined, missingSources),
        }
      : null,
    growthRefused: false,
  };
}
