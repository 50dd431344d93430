import type { Dataset } from '../data/check-dataset';
import type { CaEvent, Observation, PartnerFigure, PartnersFile, TradeFile } from '../data/schemas';

/** A small, hand-made dataset with known answers. Tests copy it and break one thing at a time. */
export function fixtureDataset(): Dataset {
  return {
    sources: {
      asOf: '2026-01-31',
      sources: [
        {
          id: 'customs',
          publisher: 'Customs',
          title: 'Annual trade',
          url: 'https://example.org/customs',
          covers: 'China-reported totals',
          kind: 'statistics',
        },
        {
          id: 'news',
          publisher: 'News',
          title: 'A meeting',
          url: 'https://example.org/news',
          covers: 'the meeting',
          kind: 'news',
        },
      ],
    },
    countries: {
      asOf: '2026-01-31',
      coordinatesNote: 'approximate',
      countries: [
        {
          iso3: 'CHN',
          isoNumeric: '156',
          name: { en: 'China', ru: 'Китай', zh: '中国' },
          role: 'china',
          capital: { name: 'Beijing', coordinates: [116.4, 39.9] },
        },
        {
          iso3: 'KAZ',
          isoNumeric: '398',
          name: { en: 'Kazakhstan', ru: 'Казахстан', zh: '哈萨克斯坦' },
          role: 'partner',
          capital: { name: 'Astana', coordinates: [71.45, 51.17] },
        },
        {
          iso3: 'KGZ',
          isoNumeric: '417',
          name: { en: 'Kyrgyzstan', ru: 'Кыргызстан', zh: '吉尔吉斯斯坦' },
          role: 'partner',
          capital: { name: 'Bishkek', coordinates: [74.57, 42.87] },
        },
      ],
    },
    trade: {
      asOf: '2026-01-31',
      observations: [
        obs({ partner: 'KAZ', year: 2022, flow: 'total', value: 30e9 }),
        obs({ partner: 'KAZ', year: 2023, flow: 'total', value: 40e9 }),
        obs({ partner: 'KAZ', year: 2023, flow: 'china_exports', value: 25e9 }),
        obs({ partner: 'KAZ', year: 2023, flow: 'china_imports', value: 15e9 }),
        obs({ partner: 'KAZ', year: 2023, flow: 'total', value: 30e9, reporter: 'partner' }),
        obs({ partner: 'KAZ', year: 2024, flow: 'total', value: 50e9 }),
        obs({ partner: 'KAZ', year: 2024, flow: 'total', value: 36.5e9, period: 'Jan-Oct' }),
        obs({ partner: 'KGZ', year: 2024, flow: 'total', value: 20e9 }),
        obs({ partner: 'CA5', year: 2024, flow: 'total', value: 90e9 }),
      ],
    },
    events: {
      asOf: '2026-01-31',
      events: [
        {
          id: 'fm-2',
          kind: 'foreign-ministers',
          ordinal: 2,
          title: '2nd meeting',
          start: '2021-05-12',
          status: 'held',
          city: 'Xi’an',
          country: 'CHN',
          coordinates: [108.94, 34.34],
          format: 'in-person',
          participants: ['Wang Yi (CHN, chair)', 'Tileuberdi (KAZ)'],
          delegations: ['CHN', 'KAZ'],
          related: {
            events: ['fm-1'],
            trade: [{ partner: 'KAZ', year: 2024, period: 'Jan-Oct', reporter: 'china', flow: 'total' }],
          },
          sources: ['news'],
          confidence: 'verified',
        },
        {
          id: 'fm-1',
          kind: 'foreign-ministers',
          ordinal: 1,
          title: '1st meeting',
          start: '2020-07-16',
          status: 'held',
          city: null,
          country: null,
          coordinates: null,
          format: 'video',
          sources: ['news'],
          confidence: 'verified',
        },
        {
          id: 'summit-3',
          kind: 'summit',
          ordinal: 3,
          title: '3rd summit',
          start: '2027',
          status: 'announced',
          city: null,
          country: 'CHN',
          coordinates: null,
          format: 'in-person',
          sources: ['news'],
          confidence: 'single-source',
        },
        {
          id: 'agreement',
          kind: 'agreement',
          title: 'A treaty',
          start: '2025-06-17',
          status: 'held',
          city: 'Astana',
          country: 'KAZ',
          coordinates: [71.45, 51.17],
          format: 'in-person',
          sources: ['news'],
          confidence: 'verified',
        },
      ],
    },
    partners: fixturePartners(),
    revisions: { asOf: '2026-01-31', since: '2026-01-01', revisions: [] },
  };
}

/**
 * Kazakhstan's trade by counterpart, as it reports it, with known answers: world $100 bn a year; Russia
 * $30 bn, $28 bn, $25 bn, $24 bn in 2020–2023; China $20 bn, $26 bn, $25 bn, $30 bn, so China first ranks
 * above Russia in 2023 (in 2022 they tie at $25 bn, and a tie is not "above"). Kyrgyzstan 2023: China
 * $4 bn, Russia $3 bn of $10 bn. Shares: Kazakhstan 2023 China 30 %, Russia 24 %.
 */
export function fixturePartners(): PartnersFile {
  const kaz = (partner: PartnerFigure['partner'], values: [number, number, number, number]) =>
    values.map((value, i) => figure({ reporter: 'KAZ', partner, year: 2020 + i, value: value * 1e9 }));
  return {
    asOf: '2026-01-31',
    partners: [
      { code: 'CHN', name: 'China' },
      { code: 'RUS', name: 'Russia' },
      { code: 'EU27', name: 'European Union (27)', members: ['DEU', 'FRA', 'ITA'] },
      { code: 'WORLD', name: 'World' },
    ],
    observations: [
      ...kaz('WORLD', [100, 100, 100, 100]),
      ...kaz('RUS', [30, 28, 25, 24]),
      ...kaz('CHN', [20, 26, 25, 30]),
      ...kaz('EU27', [28, 27, 26, 25]),
      figure({ reporter: 'KAZ', partner: 'CHN', year: 2023, flow: 'exports', value: 18e9 }),
      figure({ reporter: 'KAZ', partner: 'CHN', year: 2023, flow: 'imports', value: 12e9 }),
      figure({ reporter: 'KGZ', partner: 'WORLD', year: 2023, value: 10e9 }),
      figure({ reporter: 'KGZ', partner: 'CHN', year: 2023, value: 4e9 }),
      figure({ reporter: 'KGZ', partner: 'RUS', year: 2023, value: 3e9 }),
      figure({ reporter: 'KAZ', partner: 'CHN', year: 2024, period: 'Jan-Jun', value: 16e9 }),
    ],
  };
}

function figure(
  partial: Pick<PartnerFigure, 'reporter' | 'partner' | 'year' | 'value'> & Partial<PartnerFigure>,
): PartnerFigure {
  return {
    period: 'annual',
    flow: 'total',
    source: 'customs',
    basis: 'national-statistics',
    confidence: 'single-source',
    ...partial,
  };
}

/**
 * Trade for the derived measures: all five partners in 2023 (China's side), four in 2024, the regional row
 * for 2023, both reporters for Kyrgyzstan. Known answers: the five sum to $100 bn in 2023; the CA5 row says
 * $98 bn; Kyrgyzstan 2023 China $20 bn against its own $5 bn (gap $15 bn, +300 %).
 */
export function measuresTrade(): TradeFile {
  return {
    asOf: '2026-01-31',
    observations: [
      obs({ partner: 'KAZ', year: 2023, flow: 'total', value: 40e9 }),
      obs({ partner: 'KGZ', year: 2023, flow: 'total', value: 20e9 }),
      obs({ partner: 'TJK', year: 2023, flow: 'total', value: 5e9 }),
      obs({ partner: 'TKM', year: 2023, flow: 'total', value: 10e9 }),
      obs({ partner: 'UZB', year: 2023, flow: 'total', value: 25e9 }),
      obs({ partner: 'CA5', year: 2023, flow: 'total', value: 98e9 }),
      obs({ partner: 'KAZ', year: 2024, flow: 'total', value: 44e9 }),
      obs({ partner: 'KGZ', year: 2024, flow: 'total', value: 22e9 }),
      obs({ partner: 'TKM', year: 2024, flow: 'total', value: 10e9 }),
      obs({ partner: 'UZB', year: 2024, flow: 'total', value: 14e9 }),
      obs({ partner: 'KGZ', year: 2023, flow: 'total', value: 5e9, reporter: 'partner', source: 'news' }),
      obs({ partner: 'KGZ', year: 2023, flow: 'total', value: 4e9, reporter: 'partner', period: 'Jan-Oct' }),
    ],
  };
}

function obs(partial: Pick<Observation, 'partner' | 'year' | 'flow' | 'value'> & Partial<Observation>): Observation {
  return {
    period: 'annual',
    reporter: 'china',
    unit: 'USD',
    source: 'customs',
    status: 'reported',
    confidence: 'single-source',
    ...partial,
  };
}

/** One event with sensible defaults; tests set what they look at. */
export function fixtureEvent(partial: Pick<CaEvent, 'id' | 'kind' | 'start'> & Partial<CaEvent>): CaEvent {
  return {
    title: partial.id,
    status: 'held',
    city: 'Astana',
    country: 'KAZ',
    coordinates: [71.45, 51.17],
    format: 'in-person',
    sources: ['news'],
    confidence: 'verified',
    ...partial,
  };
}

/**
 * A timeline with known answers, listed out of order: a month-only and a year-only date, two events on
 * one day (a meeting and its side event), a host-only event without a delegation list.
 */
export function fixtureTimeline(): CaEvent[] {
  return [
    fixtureEvent({
      id: 'summit-2027',
      kind: 'summit',
      ordinal: 3,
      start: '2027',
      status: 'announced',
      city: null,
      country: 'CHN',
      coordinates: null,
    }),
    fixtureEvent({
      id: 'side-road',
      kind: 'milestone',
      start: '2024-12-01',
      country: 'CHN',
      delegations: ['CHN', 'KAZ', 'KGZ'],
    }),
    fixtureEvent({
      id: 'fm-5',
      kind: 'foreign-ministers',
      ordinal: 5,
      start: '2024-12-01',
      country: 'CHN',
      delegations: ['CHN', 'KAZ', 'KGZ'],
    }),
    fixtureEvent({
      id: 'transport-may',
      kind: 'ministerial',
      ordinal: 2,
      start: '2025-05',
      delegations: ['CHN', 'KAZ'],
    }),
    fixtureEvent({ id: 'education-may-12', kind: 'ministerial', ordinal: 1, start: '2025-05-12', country: 'CHN' }),
    fixtureEvent({
      id: 'fm-6',
      kind: 'foreign-ministers',
      ordinal: 6,
      start: '2025-04-26',
      delegations: ['CHN', 'KAZ', 'KGZ'],
    }),
    fixtureEvent({ id: 'treaty', kind: 'agreement', start: '2025-06-17', delegations: ['CHN', 'KAZ', 'KGZ'] }),
    fixtureEvent({
      id: 'summit-2',
      kind: 'summit',
      ordinal: 2,
      start: '2025-06-17',
      delegations: ['CHN', 'KAZ', 'KGZ'],
    }),
    fixtureEvent({
      id: 'ratification-kgz',
      kind: 'agreement',
      start: '2025-09-24',
      city: 'Bishkek',
      country: 'KGZ',
      delegations: ['KGZ'],
    }),
  ];
}
