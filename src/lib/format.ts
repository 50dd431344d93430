import { parsePartialDate } from './partial-date';

const BN = 1e9;
const MN = 1e6;

function trimZero(text: string): string {
  return text.replace(/\.0$/, '');
}

/** US dollars for people: `$41.0 bn`, `$460 mn`, `$4.5 mn`, `$850 k`. Negative values keep their sign. */
export function formatUsd(value: number): string {
  if (!Number.isFinite(value)) return '–';
  const sign = value < 0 ? '−' : '';
  const abs = Math.abs(value);
  if (abs >= BN) return `${sign}$${(abs / BN).toFixed(1)} bn`;
  if (abs >= 100 * MN) return `${sign}$${Math.round(abs / MN)} mn`;
  if (abs >= MN) return `${sign}$${trimZero((abs / MN).toFixed(1))} mn`;
  if (abs >= 1e3) return `${sign}$${Math.round(abs / 1e3)} k`;
  return `${sign}$${Math.round(abs)}`;
}

/** US dollars to the dollar, as the file holds them: `$11,620,625,682`. */
export function formatUsdExact(value: number): string {
  if (!Number.isFinite(value)) return '–';
  const sign = value < 0 ? '−' : '';
  return `${sign}$${Math.round(Math.abs(value)).toLocaleString('en-US')}`;
}

/**
 * Axis labels that say their value: `$40 bn`, `$13.5 bn`, `$500 mn`, `$2.5 mn`, `$0`. As few digits as the
 * tick needs (up to two decimals), never rounded to another value: a tick at 13.5 bn never reads "$14 bn".
 */
export function formatUsdAxis(value: number): string {
  if (value === 0) return '$0';
  const abs = Math.abs(value);
  const sign = value < 0 ? '−' : '';
  const short = (n: number) => String(Math.round(n * 100) / 100);
  if (abs >= BN) return `${sign}$${short(abs / BN)} bn`;
  if (abs >= MN) return `${sign}$${short(abs / MN)} mn`;
  if (abs >= 1e3) return `${sign}$${short(abs / 1e3)} k`;
  return formatUsd(value);
}

/** A ratio as an axis label, signed and rounded: 0.5 → `+50%`, −0.025 → `−2.5%`, 0 → `0%`. */
export function formatChangeAxis(ratio: number): string {
  if (ratio === 0) return '0%';
  const percent = Math.abs(ratio * 100);
  const sign = ratio > 0 ? '+' : '−';
  return `${sign}${trimZero(percent.toFixed(percent >= 10 ? 0 : 1))}%`;
}

/** A share as a percentage: 0.3 → `30.0%`, 0.004 → `0.4%`. */
export function formatShare(ratio: number): string {
  if (!Number.isFinite(ratio)) return '–';
  return `${(ratio * 100).toFixed(1)}%`;
}

/** A share as an axis label: 0.3 → `30%`. */
export const formatShareAxis = (ratio: number) => `${trimZero((ratio * 100).toFixed(ratio * 100 >= 10 ? 0 : 1))}%`;

/** A ratio as a signed percentage: 0.113 → `+11.3%`, −0.05 → `−5.0%`. */
export function formatChange(ratio: number): string {
  if (!Number.isFinite(ratio)) return '–';
  const sign = ratio > 0 ? '+' : ratio < 0 ? '−' : '±';
  return `${sign}${Math.abs(ratio * 100).toFixed(1)}%`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** An ISO 8601 date of any precision, in words: `1 Dec 2024`, `May 2025`, `2027`. */
export function formatDate(iso: string): string {
  const { year, month, day } = parsePartialDate(iso);
  const monthName = month === undefined ? undefined : MONTHS[month - 1];
  if (!Number.isFinite(year)) return iso;
  if (!monthName) return String(year);
  if (day === undefined) return `${monthName} ${year}`;
  return `${day} ${monthName} ${year}`;
}

/** A date range; the shared month and year are said once: `18–19 May 2023`. */
export function formatDateRange(start: string, end: string | undefined): string {
  if (!end || end === start) return formatDate(start);
  const s = parsePartialDate(start);
  const e = parsePartialDate(end);
  if (s.day !== undefined && e.day !== undefined && s.year === e.year && s.month === e.month)
    return `${s.day}–${formatDate(end)}`;
  return `${formatDate(start)} – ${formatDate(end)}`;
}

/** 1 → `1st`, 2 → `2nd`, 11 → `11th`, 23 → `23rd`. */
export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  switch (n % 10) {
    case 1:
      return `${n}st`;
    case 2:
      return `${n}nd`;
    case 3:
      return `${n}rd`;
    default:
      return `${n}th`;
  }
}
