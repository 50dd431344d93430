import { describe, expect, it } from 'vitest';
import { partnerNames, sourcesById } from '../../data/use-data';
import { fixtureDataset, fixturePartners } from '../../testing/fixtures';
import { partnersCsv, partnersModel, standingText } from './partners-model';
import type { TradeView } from './trade-model';

const data = fixtureDataset();
const inputs = { file: fixturePartners(), names: partnerNames(data.countries), sourcesById: sourcesById(data.sources) };
const view: Pick<TradeView, 'country' | 'from' | 'to' | 'year'> = { country: 'KAZ', from: null, to: null, year: null };
const model = (patch: Partial<typeof view> = {}) => partnersModel({ ...view, ...patch }, inputs);

describe('partnersModel', () => {
  it('names the state, its years and whose figures they are', () => {
    const m = model();
    expect(m.title).toBe('Kazakhstan’s trade by partner');
    expect([m.from, m.to]).toEqual([2020, 2023]);
    expect(m.subtitle).toContain('Kazakhstan’s figures: the state’s statistics office 2020–2023');
  });

  it('ranks China and Russia in the chosen year with their shares', () => {
    const m = model({ year: 2023 });
    expect(standingText(m.china)).toBe('1st of the 3 partners with a figure, 30.0% of the total');
    expect(standingText(m.russia)).toBe('3rd of the 3 partners with a figure, 24.0% of the total');
  });

  it('says when China first ranked above Russia by the state’s own figures', () => {
    expect(model().overtakingText).toBe('By Kazakhstan’s own statistics, China first ranked above Russia in 2023.');
    // History, whatever years are shown.
    expect(model({ to: 2022 }).overtakingText).toBe(model().overtakingText);
    const before = fixturePartners();
    before.observations = before.observations.filter((o) => o.year < 2023);
    expect(partnersModel(view, { ...inputs, file: before }).overtakingText).toBe(
      'By Kazakhstan’s own statistics: in the 3 years with both figures (2020–2022), China did not rank above Russia.',
    );
  });

  it('keeps IMF DOTS apart from the state’s own statistics', () => {
    const file = fixturePartners();
    for (const o of file.observations) if (o.year === 2020) o.basis = 'imf-dots';
    const m = partnersModel(view, { ...inputs, file });
    expect(m.overtakingText).toBe(
      'By Kazakhstan’s own statistics, China first ranked above Russia in 2023. ' +
        'In IMF DOTS (Kazakhstan as reporter): in the 1 year with both figures (2020), China did not rank above Russia.',
    );
    expect(m.subtitle).toContain('IMF DOTS, the state as reporter 2020; the state’s statistics office 2021–2023');
  });

  it('draws the shares by group, and the world total as the strip’s bars', () => {
    const m = model();
    expect(m.chartRows.map((r) => r.CHN)).toEqual([0.2, 0.26, 0.25, 0.3]);
    expect(m.bars.map((b) => b.value)).toEqual([100e9, 100e9, 100e9, 100e9]);
  });

  it('gives each state China’s and Russia’s shares in the chosen year', () => {
    expect(model({ year: 2023 }).five.find((s) => s.reporter === 'KGZ')).toMatchObject({ china: 0.4, russia: 0.3 });
  });

  it('says Turkmenistan’s figures are not its own', () => {
    const m = model({ country: 'TKM' });
    expect(m.mirrorOnly).toBe(true);
    // The fixture has no figures and no name for Turkmenistan: its code stands for it.
    expect(m.subtitle).toContain('no years with figures · no figures of TKM’s own: its partners’ figures');
  });

  it('exports every figure shown with its share, basis and source', () => {
    const csv = partnersCsv(fixturePartners(), 'KAZ', 2023, 2023, inputs.sourcesById, model().counterpartName);
    expect(csv.rows.map((r) => [r[2], r[5], r[6], r[9]])).toEqual([
      ['WORLD', 100e9, 1, 'Customs'],
      ['CHN', 30e9, 0.3, 'Customs'],
      ['RUS', 24e9, 0.24, 'Customs'],
      ['EU27', 25e9, 0.25, 'Customs'],
    ]);
    expect(csv.rows[3]?.[3]).toBe('European Union (27)');
  });

  it('says when China went above Russia and is below it again, naming the latest year', () => {
    const file = fixturePartners();
    for (const o of file.observations) if (o.partner === 'CHN' && o.year === 2021) o.value = 29e9;
    for (const o of file.observations) if (o.partner === 'CHN' && o.year === 2023 && o.flow === 'total') o.value = 20e9;
    expect(partnersModel(view, { ...inputs, file }).overtakingText).toBe(
      'By Kazakhstan’s own statistics, China first ranked above Russia in 2021; it is not above Russia in 2023, the latest year with both figures.',
    );
  });

  it('names the years China or Russia has no figure', () => {
    const file = fixturePartners();
    file.observations = file.observations.filter((o) => !(o.partner === 'RUS' && o.year <= 2021));
    expect(partnersModel(view, { ...inputs, file }).gapsNote).toBe(
      'No figure, in years with a world total: Russia 2020–2021.',
    );
    expect(model().gapsNote).toBeNull();
  });

  it('says so when China was above Russia from the first year compared, and how far the figures reach', () => {
    const file = fixturePartners();
    for (const o of file.observations) if (o.partner === 'CHN' && o.flow === 'total' && o.year < 2023) o.value = 31e9;
    expect(partnersModel(view, { ...inputs, file }).overtakingText).toBe(
      'By Kazakhstan’s own statistics, China ranked above Russia from 2020, the first year with both figures, and in every year with both figures through 2023.',
    );
  });

  it('falls back to its own default year when the link’s year has no figures here', () => {
    expect(model({ year: 2025 }).year).toBe(2023);
    expect(model({ year: 2021 }).year).toBe(2021);
  });

  it('says which years rest on an implausible series', () => {
    const file = fixturePartners();
    for (const o of file.observations) if (o.year <= 2021) o.confidence = 'uncertain';
    expect(partnersModel(view, { ...inputs, file }).gapsNote).toBe(
      'Uncertain figures (an implausible series: the CSV’s notes say why), shown but not used for when China first ranked above Russia nor for changes on the year before: 2020–2021.',
    );
  });

  it('shows nothing but its frame while the file loads', () => {
    const m = partnersModel(view, { ...inputs, file: undefined });
    expect([m.span, m.download, m.rows]).toEqual([null, null, []]);
  });
});
