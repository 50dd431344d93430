import { describe, expect, it } from 'vitest';
import {
  DEFAULT_VIEW,
  parseParams,
  parseView,
  linkWithMode,
  rejectedParams,
  serializeView,
  type ViewState,
} from './url-state';

describe('parseParams', () => {
  it('reports each parameter as valid, invalid or missing', () => {
    const parsed = parseParams('?country=KGZ&year=1066&flow=balance');
    expect(parsed.country).toEqual({ status: 'valid', value: 'KGZ' });
    expect(parsed.year.status).toBe('invalid');
    expect(parsed.flow).toEqual({ status: 'valid', value: 'balance' });
    expect(parsed.reporter).toEqual({ status: 'missing' });
  });

  it('treats an empty value as missing', () => {
    expect(parseParams('?country=').country).toEqual({ status: 'missing' });
  });

  it('refuses a range that runs backwards', () => {
    const parsed = parseParams('?from=2020&to=2015');
    expect(parsed.from.status).toBe('invalid');
    expect(parsed.to.status).toBe('invalid');
  });

  it('refuses very long values without trying them', () => {
    const parsed = parseParams(`?event=${'a'.repeat(10_000)}`);
    expect(parsed.event).toMatchObject({ status: 'invalid', reason: { why: 'tooLong' } });
  });
});

describe('parseView', () => {
  it('gives the defaults for an empty query', () => {
    expect(parseView('')).toEqual(DEFAULT_VIEW);
  });

  it('falls back to the default for each bad value, without a crash', () => {
    const view = parseView(
      '?country=FRA&year=1066&from=abc&to=9999&flow=x&reporter=%3Cscript%3E&embed=all&mode=kiosk&theme=neon&event=..%2F..',
    );
    expect(view).toEqual(DEFAULT_VIEW);
  });

  it('reads a full deep link', () => {
    const view = parseView(
      '?country=UZB&year=2023&from=2015&to=2024&flow=china_imports&reporter=both&event=cc5-fm-05&embed=trade&mode=briefing&theme=dark&growth=1&compact=1&table=trade,map&stack=1&lang=zh',
    );
    expect(view).toEqual({
      country: 'UZB',
      year: 2023,
      from: 2015,
      to: 2024,
      flow: 'china_imports',
      reporter: 'both',
      event: 'cc5-fm-05',
      embed: 'trade',
      mode: 'briefing',
      theme: 'dark',
      chart: 'country',
      map: 'trade',
      kinds: null,
      involves: null,
      transparent: false,
      compact: true,
      growth: true,
      table: ['trade', 'map'],
      stack: true,
      values: 'usd',
      base: null,
      log: false,
      when: null,
      q: null,
      list: false,
      lang: 'zh',
    } satisfies ViewState);
  });

  it('keeps what is valid when a neighbour is not', () => {
    expect(parseView('?country=TJK&year=abc')).toEqual({ ...DEFAULT_VIEW, country: 'TJK' });
  });
});

describe('list and flag parameters', () => {
  it('reads a set of event kinds, without repeats', () => {
    expect(parseView('?kinds=summit,foreign-ministers,summit').kinds).toEqual(['summit', 'foreign-ministers']);
  });

  it('refuses a set with an unknown kind', () => {
    expect(parseParams('?kinds=summit,party').kinds.status).toBe('invalid');
  });

  it('writes kinds and flags compactly and reads them back', () => {
    const view: ViewState = { ...DEFAULT_VIEW, kinds: ['summit', 'agreement'], transparent: true, involves: 'CHN' };
    const search = serializeView(view);
    expect(search).toBe('?kinds=summit%2Cagreement&involves=CHN&transparent=1');
    expect(parseView(search)).toEqual(view);
  });

  it('only accepts transparent=1 and growth=1', () => {
    expect(parseView('?transparent=yes').transparent).toBe(false);
    expect(parseView('?growth=true').growth).toBe(false);
    expect(serializeView({ ...DEFAULT_VIEW, growth: true })).toBe('?growth=1');
  });
});

describe('the language parameter', () => {
  it('reads en, ru and zh, and leaves any other to the browser', () => {
    expect(parseView('?lang=ru').lang).toBe('ru');
    expect(parseView('?lang=de').lang).toBeNull();
    expect(parseParams('?lang=de').lang.status).toBe('invalid');
    expect(serializeView({ ...DEFAULT_VIEW, lang: 'zh' })).toBe('?lang=zh');
  });
});

describe('serializeView', () => {
  it('writes nothing for the default view', () => {
    expect(serializeView(DEFAULT_VIEW)).toBe('');
  });

  it('writes only values that differ from the defaults', () => {
    expect(serializeView({ ...DEFAULT_VIEW, country: 'KGZ', year: 2024 })).toBe('?country=KGZ&year=2024');
  });

  it('round-trips every view', () => {
    const view: ViewState = {
      ...DEFAULT_VIEW,
      country: 'TKM',
      year: 2019,
      from: 2000,
      to: 2020,
      reporter: 'partner',
      event: 'cc5-summit-01',
      theme: 'light',
    };
    expect(parseView(serializeView(view))).toEqual(view);
  });

  it('keeps parameters it does not own and drops its own defaults', () => {
    expect(serializeView({ ...DEFAULT_VIEW, country: 'KGZ' }, '?utm=x&country=UZB&theme=auto')).toBe(
      '?utm=x&country=KGZ',
    );
  });
});

describe('rejectedParams', () => {
  it('names each parameter it could not use, why, and what is shown instead', () => {
    expect(rejectedParams('?country=RUS&year=abc&table=timeline&theme=dark')).toEqual([
      {
        name: 'country',
        raw: 'RUS',
        reason: { why: 'oneOf', values: { values: 'KAZ, KGZ, TJK, TKM, UZB' } },
        used: 'KAZ',
      },
      { name: 'year', raw: 'abc', reason: { why: 'year' }, used: null },
      { name: 'table', raw: 'timeline', reason: { why: 'table', values: { panel: 'timeline' } }, used: null },
    ]);
    expect(rejectedParams('?country=KGZ')).toEqual([]);
  });
});

describe('linkWithMode', () => {
  it('sets or drops the slide mode, keeping the rest of the link and dropping the fragment', () => {
    expect(linkWithMode('https://x.example/c5/?country=KGZ#trade', 'briefing')).toBe(
      'https://x.example/c5/?country=KGZ&mode=briefing',
    );
    expect(linkWithMode('https://x.example/c5/?mode=briefing&country=KGZ', null)).toBe(
      'https://x.example/c5/?country=KGZ',
    );
  });
});
