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

  it('quotes a semicolon, so a spreadsheet that splits on it never sees a field start with a formula', () => {
    const hostile = ['Astana;=1+1', 'a;@SUM(A1)', 'x;+cmd', 'y;-2+3', 'z;\t=1', 'w;\r=1'];
    const csv = toCsv({ columns: ['note'], rows: hostile.map((h) => [h]) });
    for (const line of csv.replace('\uFEFF', '').split('\r\n').slice(1, -1)) {
      expect(line.startsWith('"')).toBe(true);
      for (const field of splitFields(line, ';')) expect(field).not.toMatch(/^[=+\-@\t\r]/);
    }
  });

  it('neutralises every formula start in text cells, leaving numbers alone', () => {
    const csv = toCsv({ columns: ['a', 'b', 'c', 'd', 'e', 'f'], rows: [['+1', '-1', '@x', '\t=1', '\r=1', -0.5]] });
    expect(csv.split('\r\n')[1]).toBe(`'+1,'-1,'@x,'\t=1,"'\r=1",-0.5`);
  });
});

/** A field splitter as a spreadsheet applies it: separators inside double quotes do not split. */
function splitFields(line: string, separator: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line.charAt(i);
    if (ch === '"') {
      if (quoted && line[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = !quoted;
    } else if (ch === separator && !quoted) {
      fields.push(field);
      field = '';
    } else field += ch;
  }
  return [...fields, field];
}
