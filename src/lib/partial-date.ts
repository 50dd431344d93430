/**
 * The one reader of the data's partial dates (ISO 8601 `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, whose length is
 * their precision): formatting, ordering, placing on an axis and the schema's check all start here.
 */

export type DatePrecision = 'day' | 'month' | 'year';

export interface PartialDate {
  year: number;
  /** 1–12; absent for a year alone. */
  month?: number;
  /** 1–31; absent for a month or a year. */
  day?: number;
  precision: DatePrecision;
}

export function parsePartialDate(iso: string): PartialDate {
  const [year = Number.NaN, month, day] = iso.split('-').map(Number);
  if (month === undefined) return { year, precision: 'year' };
  if (day === undefined) return { year, month, precision: 'month' };
  return { year, month, day, precision: 'day' };
}

/** Whether a well-formed partial date names a day, month and year that exist (no 31 April). */
export function isRealDate(iso: string): boolean {
  const { year, month, day } = parsePartialDate(iso);
  if (month === undefined) return true;
  if (month < 1 || month > 12) return false;
  if (day === undefined) return true;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The stretch of time a partial date stands for: [start, end) in UTC milliseconds. */
export interface DateInterval {
  start: number;
  end: number;
  precision: DatePrecision;
}

/** `2024-12-01` is that day, `2025-05` the whole of May, `2027` the whole year: never its 1 January. */
export function dateInterval(iso: string): DateInterval {
  const { year, month, day, precision } = parsePartialDate(iso);
  if (month === undefined) return { start: Date.UTC(year, 0, 1), end: Date.UTC(year + 1, 0, 1), precision };
  if (day === undefined) return { start: Date.UTC(year, month - 1, 1), end: Date.UTC(year, month, 1), precision };
  return { start: Date.UTC(year, month - 1, day), end: Date.UTC(year, month - 1, day + 1), precision };
}

/** Where a date falls on an axis in years, at the middle of the period it stands for: 1 July 2023 ≈ 2023.5. */
export function yearPosition(iso: string): number {
  const { start, end } = dateInterval(iso);
  const { year } = parsePartialDate(iso);
  const yearStart = Date.UTC(year, 0, 1);
  return year + ((start + end) / 2 - yearStart) / (Date.UTC(year + 1, 0, 1) - yearStart);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** How many months a trade period covers: `Jan-Oct` is 10, `annual` 12. */
export function periodMonths(period: string): number {
  if (period === 'annual') return 12;
  return MONTHS.indexOf(period.slice(4)) + 1;
}
