import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

describe('toCsv', () => {
  it('writes a header and rows, with a BOM and CRLF', () => {
    const csv = toCsv({
      columns: ['year', 'value_usd'],
      rows: [
        [2024, 43820000000],
        [2025, null],
      ],
    });
    expect(csv).toBe('\uFEFFyear,value_usd\r\n2024,43820000000\r\n2025,\r\n');
  });

  it('quotes commas, quotes and line breaks', () => {
    const csv = toCsv({ columns: ['title'], rows: [['Xi’an, "first" summit\nday 2']] });
    expect(csv).toContain('"Xi’an, ""first"" summit\nday 2"');
  });

  it('defuses text a spreadsheet would run as a formula, but not negative numbers', () => {
    const csv = toCsv({ columns: ['a', 'b'], rows: [['=HYPERLINK("x")', -5]] });
    expect(csv).toContain(`"'=HYPERLINK(""x"")",-5`);
  });
});
