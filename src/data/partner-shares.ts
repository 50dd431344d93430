/**
 * Pure derivations from partners.json: a state's trade with each counterpart as a share of its trade with
 * the world, counterparts ranked in a year, and the year China first ranked above Russia. Annual figures
 * only; a share needs the world total of the same state, year and flow.
 */
import {
  COUNTERPARTS,
  PARTNERS,
  WITHOUT_PARTNER_STATISTICS,
  type Counterpart, type FigureBasis, type Partner, type StateFlow } from './codes';
import type { PartnerFigure, PartnersFile } from './schemas';

type FigureIndex = Map<string, PartnerFigure>;
const key = (reporter: Partner, partner: Counterpart, year: number, flow: StateFlow) =>
  `${reporter}|${partner}|${year}|${flow}`;
const indexCache = new WeakMap<PartnersFile, FigureIndex>();

function figureIndex(file: PartnersFile): FigureIndex {
  let index = indexCache.get(file);
  if (!index) {
    index = new Map();
    for (const o of file.observations) if (o.period === 'annual') index.set(key(o.reporter, o.partner, o.year, o.flow), o);
    indexCache.set(file, index);
  }
  return index;
}

/** A state's annual figure with one counterpart, or undefined where the file has none. */
export function partnerFigure(
  file: PartnersFile,
  reporter: Partner,
  partner: Counterpart,
  year: number,
  flow: StateFlow = 'total',
): PartnerFigure | undefined {
  return figureIndex(file).get(key(reporter, partner, year, flow));
}

/** First and last year in which the state (or, without one, any of the five) has an annual world total. */
export function partnerYears(file: PartnersFile, reporter?: Partner): { first: number; last: number } | null {
  let first = Infinity;
  let last = -Infinity;
  for (const o of file.observations) {
    if (o.partner !== 'WORLD' || o.period !== 'annual' || o.flow !== 'total') continue;
    if (reporter && o.reporter !== reporter) continue;
    first = Math.min(first, o.year);
    last = Math.max(last, o.year);
  }
  return Number.isFinite(first) ? { first, last } : null;
}

/** The counterparts ranked one by one: every one but the world, the EU counted as one. */
export const RANKED: readonly Counterpart[] = COUNTERPARTS.filter((c) => c !== 'WORLD');

/** The other four Central Asian states of a state: its neighbours in the region. */
export const neighboursOf = (reporter: Partner): Partner[] => PARTNERS.filter((p) => p !== reporter);

/**
 * The groups a state's trade is drawn in: China and Russia, the EU, Türkiye, the other four Central Asian
 * states together, and all other partners (the world less the groups before).
 */
export const SHARE_GROUPS = ['CHN', 'RUS', 'EU27', 'TUR', 'NEIGHBOURS', 'OTHERS'] as const;
export type ShareGroup = (typeof SHARE_GROUPS)[number];

export interface ShareRow {
  year: number;
  world: number | null;
  /** Share of the world total, 0–1; null where the group or the world has no figure. */
  shares: Record<ShareGroup, number | null>;
  values: Record<ShareGroup, number | null>;
}

/**
 * One row a year from `from` to `to`: each group's value and share of the state's total trade. The
 * neighbours are summed only where all four have a figure, and "all other partners" only where every
 * group before it has one: a sum with a missing part would be read as a real figure.
 */
export function shareRows(file: PartnersFile, reporter: Partner, from: number, to: number): ShareRow[] {
  const rows: ShareRow[] = [];
  for (let year = from; year <= to; year++) {
    const value = (partner: Counterpart) => partnerFigure(file, reporter, partner, year)?.value ?? null;
    const world = value('WORLD');
    const neighbours = sumOrNull(neighboursOf(reporter).map(value));
    const named = { CHN: value('CHN'), RUS: value('RUS'), EU27: value('EU27'), TUR: value('TUR'), NEIGHBOURS: neighbours };
    const listed = sumOrNull(Object.values(named));
    const values: Record<ShareGroup, number | null> = {
      ...named,
      OTHERS: world !== null && listed !== null ? Math.max(0, world - listed) : null,
    };
    const shares = Object.fromEntries(
      SHARE_GROUPS.map((g) => [g, shareOf(values[g], world)]),
    ) as Record<ShareGroup, number | null>;
    rows.push({ year, world, shares, values });
  }
  return rows;
}

function sumOrNull(values: readonly (number | null)[]): number | null {
  return values.every((v): v is number => v !== null) ? values.reduce((a, b) => a + b, 0) : null;
}

const shareOf = (value: number | null, world: number | null) =>
  value === null || world === null || world <= 0 ? null : value / world;

export interface RankedPartner {
  partner: Counterpart;
  /** 1 = the largest; ties share a rank. */
  rank: number;
  value: number;
  share: number | null;
  /** Change on the year before, by the same reporter; null without two figures. */
  change: number | null;
  figure: PartnerFigure;
}

/**
 * Whether two years' figures can be compared: both there, on one basis (a statistics office's table
 * against IMF DOTS differs by more than the change), and neither from an implausible series.
 */
export function comparable(
  now: PartnerFigure | undefined,
  before: PartnerFigure | undefined,
): before is PartnerFigure {
  if (!now || !before) return false;
  return now.basis === before.basis && now.confidence !== 'uncertain' && before.confidence !== 'uncertain';
}

/** The counterparts with a figure in a year, largest first, with shares of the world total. */
export function rankPartners(file: PartnersFile, reporter: Partner, year: number): RankedPartner[] {
  const world = partnerFigure(file, reporter, 'WORLD', year)?.value ?? null;
  const rows = RANKED.flatMap((partner) => {
    const figure = partnerFigure(file, reporter, partner, year);
    if (!figure) return [];
    const before = partnerFigure(file, reporter, partner, year - 1);
    const change = comparable(figure, before) && before.value > 0 ? figure.value / before.value - 1 : null;
    return [{ partner, value: figure.value, share: shareOf(figure.value, world), change, figure }];
  }).sort((a, b) => b.value - a.value);
  return rows.map((row) => ({ ...row, rank: 1 + rows.filter((r) => r.value > row.value).length }));
}

export interface Overtaking {
  /** The first year compared; null if none. */
  first: number | null;
  /** The first year China's figure was above Russia's; null if never. */
  firstAbove: number | null;
  /** Since when China has been above Russia in every year with both figures, up to the latest; null if not now. */
  aboveSince: number | null;
  /** The years compared: both figures present. */
  compared: number;
  /** The latest year compared; null if none. */
  last: number | null;
}

/**
 * When China first ranked above Russia in a state's trade, and since when it stays there; with `bases`,
 * only the years in which both figures rest on one of them (e.g. the state's own statistics).
 */
export function chinaOverRussia(
  file: PartnersFile,
  reporter: Partner,
  from: number,
  to: number,
  bases?: readonly FigureBasis[],
): Overtaking {
  let firstAbove: number | null = null;
  let aboveSince: number | null = null;
  let compared = 0;
  let last: number | null = null;
  let first: number | null = null;
  // An implausible series is shown, never compared.
  const counts = (figure: PartnerFigure | undefined) =>
    figure && figure.confidence !== 'uncertain' && (!bases || bases.includes(figure.basis));
  for (let year = from; year <= to; year++) {
    const chinaFigure = partnerFigure(file, reporter, 'CHN', year);
    const russiaFigure = partnerFigure(file, reporter, 'RUS', year);
    if (!counts(chinaFigure) || !counts(russiaFigure)) continue;
    const china = chinaFigure?.value ?? 0;
    const russia = russiaFigure?.value ?? 0;
    compared++;
    first ??= year;
    last = year;
    if (china > russia) {
      firstAbove ??= year;
      aboveSince ??= year;
    } else aboveSince = null;
  }
  return { first, firstAbove, aboveSince, compared, last };
}

export interface StateShares {
  reporter: Partner;
  /** The state publishes no trade by partner: its figures are its partners' (mirror estimates). */
  mirrorOnly: boolean;
  china: number | null;
  russia: number | null;
}

/** China's and Russia's shares of each of the five's trade in one year. */
export function fiveShares(file: PartnersFile, year: number): StateShares[] {
  return PARTNERS.map((reporter) => ({
    reporter,
    mirrorOnly: WITHOUT_PARTNER_STATISTICS.includes(reporter),
    china: shareIn(file, reporter, 'CHN', year)?.share ?? null,
    russia: shareIn(file, reporter, 'RUS', year)?.share ?? null,
  }));
}

/** A counterpart's share of a state's trade with the world in a year, with the two figures it rests on. */
export function shareIn(file: PartnersFile, reporter: Partner, partner: Counterpart, year: number) {
  const world = partnerFigure(file, reporter, 'WORLD', year);
  const figure = partnerFigure(file, reporter, partner, year);
  const share = shareOf(figure?.value ?? null, world?.value ?? null);
  return share === null || !figure || !world ? null : { share, figure, world };
}
