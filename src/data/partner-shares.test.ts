import { describe, expect, it } from 'vitest';
import { fixturePartners } from '../testing/fixtures';
import { chinaOverRussia, fiveShares, partnerYears, rankPartners, shareRows } from './partner-shares';
import { partnersProblems } from './partners-rules';

const file = fixturePartners();

describe('shareRows', () => {
  it('gives each group its share of the state’s trade with the world', () => {
    const [row2020, , , row2023] = shareRows(file, 'KAZ', 2020, 2023);
    expect(row2020?.shares.CHN).toBeCloseTo(0.2);
    expect(row2023?.shares.CHN).toBeCloseTo(0.3);
    expect(row2023?.shares.RUS).toBeCloseTo(0.24);
    expect(row2023?.world).toBe(100e9);
  });

  it('leaves a sum out where a part is missing, never a partial sum', () => {
    const [row] = shareRows(file, 'KAZ', 2023, 2023);
    // No Türkiye and no neighbours in the fixture: neither they nor "all other partners" can be formed.
    expect([row?.shares.TUR, row?.shares.NEIGHBOURS, row?.shares.OTHERS]).toEqual([null, null, null]);
  });

  it('has no share where the world total is missing', () => {
    const [row] = shareRows(file, 'KAZ', 2024, 2024);
    expect(row?.shares.CHN).toBeNull();
  });
});

describe('partnerYears', () => {
  it('spans the years with a world total, partial years left out', () => {
    expect(partnerYears(file, 'KAZ')).toEqual({ first: 2020, last: 2023 });
    expect(partnerYears(file, 'TJK')).toBeNull();
  });
});

describe('rankPartners', () => {
  it('ranks the counterparts with a figure, with share and change on the year before', () => {
    const ranked = rankPartners(file, 'KAZ', 2023);
    expect(ranked.map((r) => [r.partner, r.rank])).toEqual([
      ['CHN', 1],
      ['EU27', 2],
      ['RUS', 3],
    ]);
    expect(ranked[0]?.share).toBeCloseTo(0.3);
    expect(ranked[0]?.change).toBeCloseTo(30 / 25 - 1);
  });

  it('gives a tie one rank', () => {
    expect(rankPartners(file, 'KAZ', 2022).map((r) => [r.partner, r.rank])).toEqual([
      ['EU27', 1],
      ['CHN', 2],
      ['RUS', 2],
    ]);
  });
});

describe('chinaOverRussia', () => {
  it('finds the first year China is above Russia (a tie is not above) and since when it stays there', () => {
    expect(chinaOverRussia(file, 'KAZ', 2020, 2023)).toEqual({ first: 2020, firstAbove: 2023, aboveSince: 2023, compared: 4, last: 2023 });
    expect(chinaOverRussia(file, 'KAZ', 2020, 2022)).toEqual({ first: 2020, firstAbove: null, aboveSince: null, compared: 3, last: 2022 });
  });

  it('counts only the years whose figures rest on the bases asked for', () => {
    const mixed = fixturePartners();
    for (const o of mixed.observations) if (o.year === 2023 && o.partner === 'CHN') o.basis = 'imf-dots';
    expect(chinaOverRussia(mixed, 'KAZ', 2020, 2023, ['national-statistics'])).toEqual({
      first: 2020,
      firstAbove: null,
      aboveSince: null,
      compared: 3,
      last: 2022,
    });
  });

  it('says when China went above and fell back', () => {
    const swapped = fixturePartners();
    for (const o of swapped.observations) if (o.partner === 'CHN' && o.year === 2021) o.value = 29e9;
    expect(chinaOverRussia(swapped, 'KAZ', 2020, 2023)).toEqual({ first: 2020, firstAbove: 2021, aboveSince: 2023, compared: 4, last: 2023 });
  });
});

describe('an implausible series', () => {
  it('is never compared: no “first above”, no change on the year before', () => {
    const file = fixturePartners();
    for (const o of file.observations) if (o.year === 2023) o.confidence = 'uncertain';
    expect(chinaOverRussia(file, 'KAZ', 2020, 2023)).toMatchObject({ firstAbove: null, compared: 3, last: 2022 });
    expect(rankPartners(file, 'KAZ', 2023).find((r) => r.partner === 'CHN')?.change).toBeNull();
  });

  it('nor is a change across a change of basis', () => {
    const file = fixturePartners();
    for (const o of file.observations) if (o.year === 2022) o.basis = 'imf-dots';
    expect(rankPartners(file, 'KAZ', 2023).find((r) => r.partner === 'CHN')?.change).toBeNull();
    expect(rankPartners(file, 'KAZ', 2022).find((r) => r.partner === 'CHN')?.change).toBeNull();
  });
});

describe('fiveShares', () => {
  it('gives China’s and Russia’s share of each state’s trade, none without a world total', () => {
    const shares = fiveShares(file, 2023);
    expect(shares.find((s) => s.reporter === 'KGZ')).toMatchObject({ china: 0.4, russia: 0.3 });
    expect(shares.find((s) => s.reporter === 'UZB')).toMatchObject({ china: null, russia: null });
  });
});

describe('partnersProblems', () => {
  it('accepts the fixture', () => {
    expect(partnersProblems(file.observations)).toEqual([]);
  });

  it('refuses a counterpart above the world, counterparts summing above it, flows that do not add up, a duplicate', () => {
    const broken = fixturePartners().observations;
    const at = (partner: string, year: number, flow = 'total') => {
      const found = broken.find((o) => o.partner === partner && o.year === year && o.flow === flow && o.period === 'annual');
      if (!found) throw new Error(`no ${partner} ${year} ${flow} in the fixture`);
      return found;
    };
    at('CHN', 2020).value = 101e9;
    at('RUS', 2021).value = 60e9;
    at('CHN', 2023, 'exports').value = 10e9;
    broken.push({ ...at('EU27', 2022) }, { ...at('EU27', 2022), partner: 'KAZ' });
    expect(partnersProblems(broken).map((p) => `${p.index} ${p.field}: ${p.message}`)).toEqual([
      '22 partner: a second figure for KAZ EU27 2022 annual total (the first is observations[14])',
      '23 partner: a state does not trade with itself',
      '0 value: the counterparts listed sum to 159000000000, above the world total 100000000000',
      '1 value: the counterparts listed sum to 113000000000, above the world total 100000000000',
      // The state's "trade with itself" counts among the listed ones too.
      '2 value: the counterparts listed sum to 102000000000, above the world total 100000000000',
      '8 value: 101000000000 is above the world total 100000000000: a share over 100%',
      '11 value: total 30000000000 is not exports + imports (22000000000) within 0.5%',
    ]);
  });
});
