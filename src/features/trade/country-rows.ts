import type { TooltipRowExtras } from '../../components/chart-config';
import { mirrorGap, yearOnYear, type MirrorGap } from '../../data/measures';
import { measureValue } from '../../data/selectors';
import type { Measure, Partner, Reporter } from '../../data/codes';
import type { Observation, TradeFile } from '../../data/schemas';
import { t } from '../../i18n/i18n';
import { formatChange, formatDate, formatUsd } from '../../lib/format';

/** What stands behind one plotted figure. */
export interface PointFlag {
  status: Observation['status'];
  uncertain: boolean;
  notes: string[];
  sources: string[];
  /** The latest date on which one of its observations was revised (revisions.json), if any. */
  revised: string | null;
}

export interface CountryRow extends TooltipRowExtras {
  year: number;
  /** Position on the time axis: the middle of the calendar year, so dated events fall inside their year. */
  x: number;
  label: string;
  china: number | null;
  partner: number | null;
  flags: Partial<Record<Reporter, PointFlag>>;
  /** Change on the previous year, by reporter. */
  change: Record<Reporter, number | null>;
  /** The previous year's figure, by reporter (it may lie before the range). */
  previous: Record<Reporter, number | null>;
  gap: MirrorGap | null;
  notes: Partial<Record<Reporter, string>>;
}

/** An estimate anywhere makes the figure an estimate; more than one observation makes it derived. */
export function flagOf(observations: readonly Observation[]): PointFlag {
  const statuses = observations.map((o) => o.status);
  const status = statuses.includes('estimate')
    ? 'estimate'
    : observations.length > 1 || statuses.includes('derived')
      ? 'derived'
      : 'reported';
  return {
    status,
    uncertain: observations.some((o) => o.confidence === 'uncertain'),
    notes: observations.flatMap((o) => (o.note ? [o.note] : [])),
    sources: [...new Set(observations.map((o) => o.source))],
    revised: observations.reduce<string | null>(
      (latest, o) => (o.revised && (!latest || o.revised > latest) ? o.revised : latest),
      null,
    ),
  };
}

/** Estimates and uncertain figures are drawn as hollow points and named in the tooltip and table. */
export const isFlagged = (flag: PointFlag | undefined) =>
  flag !== undefined && (flag.status === 'estimate' || flag.uncertain);

export function flagWords(flag: PointFlag | undefined): string | undefined {
  if (!flag) return undefined;
  const words = [
    flag.status === 'estimate' ? t('trade.point.estimate') : null,
    flag.uncertain ? t('trade.point.uncertain') : null,
    flag.revised ? t('trade.point.revised', { date: formatDate(flag.revised) }) : null,
  ].filter(Boolean);
  return words.length ? words.join(t('trade.separator.comma')) : undefined;
}

/** One row per year of the range, both reporters, gaps as null, with growth, gap and flags. */
export function countryRows(
  trade: TradeFile,
  partner: Partner,
  measure: Measure,
  from: number,
  to: number,
): CountryRow[] {
  const rows: CountryRow[] = [];
  const at = (reporter: Reporter, year: number) => measureValue(trade, partner, reporter, year, measure);
  for (let year = from; year <= to; year++) {
    const china = at('china', year);
    const own = at('partner', year);
    const previous = {
      china: at('china', year - 1)?.value ?? null,
      partner: at('partner', year - 1)?.value ?? null,
    };
    const change = {
      china: yearOnYear(china?.value ?? null, previous.china),
      partner: yearOnYear(own?.value ?? null, previous.partner),
    };
    const flags: CountryRow['flags'] = {};
    if (china) flags.china = flagOf(china.observations);
    if (own) flags.partner = flagOf(own.observations);
    rows.push({
      year,
      x: year + 0.5,
      label: String(year),
      china: china?.value ?? null,
      partner: own?.value ?? null,
      flags,
      change,
      previous,
      gap: mirrorGap(china?.value ?? null, own?.value ?? null),
      notes: {
        china: tooltipNote(change.china, year, flags.china),
        partner: tooltipNote(change.partner, year, flags.partner),
      },
    });
  }
  return rows;
}

function tooltipNote(change: number | null, year: number, flag: PointFlag | undefined): string | undefined {
  const parts = [
    change === null ? null : t('trade.point.change', { change: formatChange(change), year: year - 1 }),
    flagWords(flag) ?? null,
  ];
  const text = parts.filter(Boolean).join(' · ');
  return text || undefined;
}

/** A row of the growth chart: each reporter's change on the year before, both years' figures in the tooltip. */
export interface GrowthRow extends TooltipRowExtras {
  year: number;
  x: number;
  label: string;
  china: number | null;
  partner: number | null;
}

/** The same years as `rows`, as the change on the year before; a year after a gap has none. */
export function growthRows(rows: readonly CountryRow[]): GrowthRow[] {
  return rows.map((row) => ({
    year: row.year,
    x: row.x,
    label: row.label,
    china: plotted(row, 'china', true),
    partner: plotted(row, 'partner', true),
    notes: { china: growthNote(row, 'china'), partner: growthNote(row, 'partner') },
  }));
}

function growthNote(row: CountryRow, reporter: Reporter): string | undefined {
  const value = row[reporter];
  const previous = row.previous[reporter];
  if (value === null) return undefined;
  const year = row.year - 1;
  if (previous === null) return t('trade.point.noPrevious', { year });
  if (previous === 0) return t('trade.point.fromZero', { year });
  const flag = flagWords(row.flags[reporter]);
  const values = t('trade.point.fromTo', { previous: formatUsd(previous), year, value: formatUsd(value) });
  return flag ? `${values} · ${flag}` : values;
}

/** Years without a figure, as compact spans: `1992, 2021–2023`. */
export function yearSpans(years: readonly number[]): string {
  const spans: [number, number][] = [];
  for (const year of [...years].sort((a, b) => a - b)) {
    const last = spans[spans.length - 1];
    if (last && year === last[1] + 1) last[1] = year;
    else spans.push([year, year]);
  }
  return spans.map(([a, b]) => (a === b ? String(a) : `${a}–${b}`)).join(t('trade.separator.comma'));
}

/** What one state's chart draws for a row: the reporter's figure, or with `growth` its change on the year before. */
export const plotted = (row: CountryRow, reporter: Reporter, growth = false): number | null =>
  growth ? row.change[reporter] : row[reporter];

/** Years of the range where the chart draws nothing for the reporter (with `growth`: no change to draw). */
export function missingYears(rows: readonly CountryRow[], reporter: Reporter, growth = false): number[] {
  return rows.filter((r) => plotted(r, reporter, growth) === null).map((r) => r.year);
}

/** Every figure of these reporters in these rows, leaving out the years without one: what an axis spans. */
export function reportedValues(
  rows: readonly Partial<Record<Reporter, number | null>>[],
  reporters: readonly Reporter[],
): number[] {
  return rows.flatMap((row) => reporters.flatMap((r) => (row[r] == null ? [] : [row[r]])));
}
