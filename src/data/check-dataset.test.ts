import { describe, expect, it } from 'vitest';
import { fixtureDataset } from '../testing/fixtures';
import { checkDataset, parseDataset, type Dataset } from './check-dataset';
import type { DataFileName } from './schemas';

function problemsAfter(breakIt: (d: Dataset) => void) {
  const dataset = fixtureDataset();
  breakIt(dataset);
  return checkDataset(dataset);
}

describe('checkDataset', () => {
  it('finds nothing wrong in a sound dataset', () => {
    expect(checkDataset(fixtureDataset())).toEqual([]);
  });

  it('flags an observation whose source does not exist', () => {
    const problems = problemsAfter((d) => {
      const o = d.trade.observations[0];
      if (o) o.source = 'nowhere';
    });
    expect(problems).toEqual([
      { file: 'trade.json', path: 'observations[0].source', message: 'unknown source "nowhere" (not in sources.json)' },
    ]);
  });

  it('flags an event source that does not exist', () => {
    const problems = problemsAfter((d) => {
      d.events.events[1]?.sources.push('ghost');
    });
    expect(problems.map((p) => p.path)).toEqual(['events[1].sources[1]']);
  });

  it('flags a partner missing from countries.json', () => {
    const problems = problemsAfter((d) => {
      const o = d.trade.observations[0];
      if (o) o.partner = 'UZB';
    });
    expect(problems[0]?.message).toBe('unknown country "UZB" (not in countries.json)');
  });

  it('flags a total that is not exports + imports', () => {
    const problems = problemsAfter((d) => {
      const total = d.trade.observations[1];
      if (total) total.value = 41e9;
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe('observations[1].value');
    expect(problems[0]?.message).toMatch(/differs from exports \+ imports/);
  });

  it('accepts rounding within half a per cent', () => {
    const problems = problemsAfter((d) => {
      const total = d.trade.observations[1];
      if (total) total.value = 40.15e9;
    });
    expect(problems).toEqual([]);
  });

  it('flags an event that ends before it starts', () => {
    const problems = problemsAfter((d) => {
      const e = d.events.events[0];
      if (e) e.end = '2021-05-11';
    });
    expect(problems.map((p) => p.path)).toEqual(['events[0].end']);
  });

  it('flags a held event dated after the file was curated', () => {
    const problems = problemsAfter((d) => {
      const e = d.events.events[2];
      if (e) e.status = 'held';
    });
    expect(problems.map((p) => p.path)).toEqual(['events[2].status']);
  });

  it('flags a city without coordinates', () => {
    const problems = problemsAfter((d) => {
      const e = d.events.events[0];
      if (e) e.coordinates = null;
    });
    expect(problems.map((p) => p.path)).toEqual(['events[0].coordinates']);
  });

  it('flags a related event or trade observation that does not exist', () => {
    const problems = problemsAfter((d) => {
      const related = d.events.events[0]?.related;
      related?.events?.push('fm-9');
      const key = related?.trade?.[0];
      if (key) key.period = 'Jan-Sep';
    });
    expect(problems).toEqual([
      { file: 'events.json', path: 'events[0].related.events[1]', message: 'unknown event "fm-9"' },
      {
        file: 'events.json',
        path: 'events[0].related.trade[0]',
        message: 'no observation KAZ 2024 Jan-Sep china total in trade.json',
      },
    ]);
  });

  it('flags an event related to itself', () => {
    const problems = problemsAfter((d) => d.events.events[0]?.related?.events?.push('fm-2'));
    expect(problems.map((p) => p.message)).toEqual(['an event cannot relate to itself']);
  });

  it('flags a delegation missing from countries.json, and a tagged participant missing from delegations', () => {
    const problems = problemsAfter((d) => {
      const e = d.events.events[0];
      if (e) e.delegations = ['CHN', 'UZB'];
    });
    expect(problems).toEqual([
      { file: 'events.json', path: 'events[0].delegations[1]', message: 'unknown country "UZB" (not in countries.json)' },
      {
        file: 'events.json',
        path: 'events[0].participants[1]',
        message: '"Tileuberdi (KAZ)" is from KAZ, which is not in delegations',
      },
    ]);
  });

  it('flags a year after the as-of date', () => {
    const problems = problemsAfter((d) => {
      const o = d.trade.observations[0];
      if (o) o.year = 2030;
    });
    expect(problems.map((p) => p.path)).toEqual(['observations[0].year']);
  });
});

describe('parseDataset', () => {
  function raw(d: Dataset) {
    return {
      'countries.json': d.countries,
      'trade.json': d.trade,
      'events.json': d.events,
      'sources.json': d.sources,
      'partners.json': d.partners,
      'revisions.json': d.revisions,
    } as Record<DataFileName, unknown>;
  }

  it('parses a sound dataset', () => {
    expect(parseDataset(raw(fixtureDataset())).problems).toEqual([]);
  });

  it('names the file and field of each schema violation', () => {
    const d = fixtureDataset();
    const broken = raw(d);
    const trade = JSON.parse(JSON.stringify(d.trade)) as { observations: { value: unknown }[] };
    if (trade.observations[2]) trade.observations[2].value = -1;
    if (trade.observations[3]) trade.observations[3].value = 'lots';
    broken['trade.json'] = trade;
    const { problems } = parseDataset(broken);
    expect(problems.map((p) => `${p.file} ${p.path}`)).toEqual([
      'trade.json observations[2].value',
      'trade.json observations[3].value',
    ]);
  });

  it('rejects a date that does not exist and a malformed source URL', () => {
    const d = fixtureDataset();
    const broken = raw(d);
    const events = JSON.parse(JSON.stringify(d.events)) as { events: { start: string }[] };
    if (events.events[0]) events.events[0].start = '2021-02-30';
    const sources = JSON.parse(JSON.stringify(d.sources)) as { sources: { url: string }[] };
    if (sources.sources[0]) sources.sources[0].url = 'javascript:alert(1)';
    broken['events.json'] = events;
    broken['sources.json'] = sources;
    const { problems } = parseDataset(broken);
    expect(problems.map((p) => `${p.file} ${p.path}`)).toEqual([
      'events.json events[0].start',
      'sources.json sources[0].url',
    ]);
  });

  function problemsAfter(breakIt: (d: Dataset) => void) {
    const d = fixtureDataset();
    breakIt(d);
    return parseDataset(raw(d)).problems;
  }

  it('flags a duplicate source id at the duplicate', () => {
    const problems = problemsAfter((d) => {
      const first = d.sources.sources[0];
      if (first) d.sources.sources.push({ ...first });
    });
    expect(problems).toEqual([
      { file: 'sources.json', path: 'sources[2].id', message: 'duplicate of sources[0] (customs)' },
    ]);
  });

  it('flags a duplicate country', () => {
    const problems = problemsAfter((d) => {
      const first = d.countries.countries[0];
      if (first) d.countries.countries.push({ ...first });
    });
    expect(problems.map((p) => `${p.file} ${p.path}`)).toEqual([
      `countries.json countries[${String(fixtureDataset().countries.countries.length)}].iso3`,
    ]);
  });

  it('flags a duplicate event id', () => {
    const problems = problemsAfter((d) => {
      const first = d.events.events[0];
      if (first) d.events.events.push({ ...first });
    });
    expect(problems.map((p) => `${p.file} ${p.path}`)).toEqual(['events.json events[4].id']);
  });

  it('flags a second observation of the same partner, year, period, reporter and flow', () => {
    const problems = problemsAfter((d) => {
      const o = d.trade.observations[0];
      if (o) d.trade.observations.push({ ...o, value: 1 });
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe('observations[9]');
    expect(problems[0]?.message).toMatch(/^duplicate of observations\[0\] \(KAZ \d{4} annual china total\)$/);
  });

  it('keeps partial years apart from annual ones', () => {
    // KAZ 2024 has annual 50 bn and Jan–Oct 36.5 bn: different keys, no duplicate.
    const trade = fixtureDataset().trade.observations.filter((o) => o.partner === 'KAZ' && o.year === 2024);
    expect(new Set(trade.map((o) => o.period))).toEqual(new Set(['annual', 'Jan-Oct']));
    expect(problemsAfter(() => undefined)).toEqual([]);
  });
});
