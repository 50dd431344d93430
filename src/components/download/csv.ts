import type { CsvTable } from './download-spec';

/** Text that a spreadsheet would run as a formula (OWASP's CSV-injection list); prefixed with an apostrophe. */
const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  // `;` too: in Russian, German or French settings a spreadsheet splits fields on it, so an unquoted
  // `a;=cmd` would yield a cell that starts with `=`.
  return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV with CRLF line ends and a byte-order mark, so spreadsheets read UTF-8 correctly. */
export function toCsv(table: CsvTable): string {
  const lines = [table.columns, ...table.rows].map((row) => row.map(cell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
