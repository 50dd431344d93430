import { activeLanguage } from '../i18n/i18n';
import { type Language, LOCALES } from '../i18n/languages';
import { parsePartialDate } from './partial-date';

/*
 * Numbers and dates as the language shown writes them. English keeps the dashboard's own compact forms
 * (`$41.0 bn`); Russian and Chinese take Intl's compact notation and the language's own word for the
 * dollar: `41,0 млрд $`, `410亿美元` (Chinese counts in 万 and 亿, not thousands and millions).
 */

const BN = 1e9;
const MN = 1e6;

const numberFormats = new Map<string, Intl.NumberFormat>();

/** Intl's formats are costly to make and charts format hundreds of values: one per language and option set. */
function numberFormat(language: Language, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${language} ${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[language], options);
    numberFormats.set(key, format);
  }
  return format;
}

/** A sum in Intl's compact notation, with the language's sign of the dollar. */
function compactUsd(language: 'ru' | 'zh', value: number, digits: { min: number; max: number }): string {
  const text = numberFormat(language, {
    notation: 'compact',
    minimumFractionDigits: digits.min,
    maximumFractionDigits: digits.max,
  }).format(value);
  return language === 'ru' ? `${text}\u00a0$` : `${text}美元`;
}

/** The fraction digits a compact sum keeps, as in English: `41.0`, `460`, `4.5`. */
function compactDigits(abs: number): { min: number; max: number } {
  if (abs >= BN) return { min: 1, max: 1 };
  if (abs >= 100 * MN) return { min: 0, max: 0 };
  return { min: 0, max: 1 };
}

function trimZero(text: string): string {
  return text.replace(/\.0$/, '');
}

/** US dollars for people: `$41.0 bn`, `$460 mn`, `$4.5 mn`, `$850 k`. Negative values keep their sign. */
export function formatUsd(value: number): string {
  if (!Number.isFinite(value)) return '–';
  const language = activeLanguage();
  if (language === 'ru') return compactUsd(language, value, compactDigits(Math.abs(value)));
  if (language === 'zh') return compactUsd(language, value, { min: 0, max: 1 });
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
  const language = activeLanguage();
  const whole = numberFormat(language, { maximumFractionDigits: 0 }).format(Math.round(value));
  if (language === 'ru') return `${whole}\u00a0$`;
  if (language === 'zh') return `${whole}美元`;
  const sign = value < 0 ? '−' : '';
  return `${sign}$${numberFormat('en', { maximumFractionDigits: 0 }).format(Math.round(Math.abs(value)))}`;
}

/**
 * Axis labels that say their value: `$40 bn`, `$13.5 bn`, `$500 mn`, `$2.5 mn`, `$0`. As few digits as the
 * tick needs (up to two decimals), never rounded to another value: a tick at 13.5 bn never reads "$14 bn".
 */
export function formatUsdAxis(value: number): string {
  const language = activeLanguage();
  if (language !== 'en') return compactUsd(language, value, { min: 0, max: 2 });
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
  const percent = Math.abs(ratio * 100);
  const language = activeLanguage();
  if (language !== 'en')
    return percentFormat(language, ratio, { sign: 'exceptZero', digits: percent >= 10 ? 0 : 1, fixed: false });
  if (ratio === 0) return '0%';
  const sign = ratio > 0 ? '+' : '−';
  return `${sign}${trimZero(percent.toFixed(percent >= 10 ? 0 : 1))}%`;
}

/** A share as a percentage: 0.3 → `30.0%`, 0.004 → `0.4%`. */
export function formatShare(ratio: number): string {
  if (!Number.isFinite(ratio)) return '–';
  const language = activeLanguage();
  if (language !== 'en') return percentFormat(language, ratio, { sign: 'auto', digits: 1, fixed: true });
  return `${(ratio * 100).toFixed(1)}%`;
}

/** A share as an axis label: 0.3 → `30%`. */
export function formatShareAxis(ratio: number): string {
  const language = activeLanguage();
  const digits = ratio * 100 >= 10 ? 0 : 1;
  if (language !== 'en') return percentFormat(language, ratio, { sign: 'auto', digits, fixed: false });
  return `${trimZero((ratio * 100).toFixed(digits))}%`;
}

/** A ratio as a signed percentage: 0.113 → `+11.3%`, −0.05 → `−5.0%`. */
export function formatChange(ratio: number): string {
  if (!Number.isFinite(ratio)) return '–';
  const language = activeLanguage();
  if (language !== 'en')
    return `${ratio === 0 ? '±' : ''}${percentFormat(language, ratio, { sign: 'exceptZero', digits: 1, fixed: true })}`;
  const sign = ratio > 0 ? '+' : ratio < 0 ? '−' : '±';
  return `${sign}${Math.abs(ratio * 100).toFixed(1)}%`;
}

/** Intl's percent: Russian `+10,9 %`, Chinese `+10.9%`. */
function percentFormat(
  language: Language,
  ratio: number,
  { sign, digits, fixed }: { sign: 'auto' | 'exceptZero'; digits: number; fixed: boolean },
): string {
  return numberFormat(language, {
    style: 'percent',
    signDisplay: sign,
    minimumFractionDigits: fixed ? digits : 0,
    maximumFractionDigits: digits,
  }).format(ratio);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(language: Language, parts: 'day' | 'month'): Intl.DateTimeFormat {
  const key = `${language} ${parts}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[language], {
      timeZone: 'UTC',
      year: 'numeric',
      month: language === 'ru' && parts === 'day' ? 'short' : 'long',
      ...(parts === 'day' ? { day: 'numeric' } : {}),
    });
    dateFormats.set(key, format);
  }
  return format;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** An ISO 8601 date of any precision, in words: `1 Dec 2024`, `May 2025`, `2027`. */
export function formatDate(iso: string): string {
  const { year, month, day } = parsePartialDate(iso);
  const monthName = month === undefined ? undefined : MONTHS[month - 1];
  if (!Number.isFinite(year)) return iso;
  if (month === undefined || !monthName) return String(year);
  const language = activeLanguage();
  if (language !== 'en')
    return dateFormat(language, day === undefined ? 'month' : 'day').format(Date.UTC(year, month - 1, day ?? 1));
  if (day === undefined) return `${monthName} ${year}`;
  return `${day} ${monthName} ${year}`;
}

/** A date range; the shared month and year are said once: `18–19 May 2023`. */
export function formatDateRange(start: string, end: string | undefined): string {
  if (!end || end === start) return formatDate(start);
  const s = parsePartialDate(start);
  const e = parsePartialDate(end);
  const sameMonth = s.day !== undefined && e.day !== undefined && s.year === e.year && s.month === e.month;
  if (activeLanguage() === 'zh')
    return sameMonth ? `${formatDate(start)}至${e.day}日` : `${formatDate(start)}至${formatDate(end)}`;
  if (sameMonth) return `${s.day}–${formatDate(end)}`;
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

/** A count or a plain number, grouped as the language groups digits: `1,234`, `1 234`. */
export function formatNumber(value: number, maximumFractionDigits = 0): string {
  return numberFormat(activeLanguage(), { maximumFractionDigits }).format(value);
}

const listFormats = new Map<Language, Intl.ListFormat>();

/** Items joined as the language joins them: `A, B and C`, `A, B и C`, `A、B和C`. */
export function formatList(items: readonly string[]): string {
  const language = activeLanguage();
  let format = listFormats.get(language);
  if (!format) {
    format = new Intl.ListFormat(LOCALES[language], { type: 'conjunction' });
    listFormats.set(language, format);
  }
  return format.format(items);
}
