import { describe, expect, it } from 'vitest';
import { fixtureDataset } from '../../testing/fixtures';
import { countryRows } from './country-rows';
import { countryFigures } from './country-model';
import { fixtureTradeInputs, fixtureTradeModel } from './trade-fixtures';
import type { TradeView } from './trade-model';

const data = fixtureDataset();
const [base] = data.trade.observations;
if (!base) throw new Error('the fixture has no observation');
function figures(patch: Partial<TradeView> = {}) {
  const model = fixtureTradeModel(patch);
  const rows = countryRows(data.trade, model.view.country, model.view.measure, model.from, model.to);
  return countryFigures(model, data.trade, rows);
}

describe('countryFigures', () => {
  it('gives the headline of the chosen year by each reporter', () => {
    const f = figures({ reporter: 'both', year: 2023 });
    expect(f.headlines.map((h) => [h.reporter, h.total])).toEqual([
      ['china', 40e9],
      ['partner', 30e9],
    ]);
    expect(f.table).toBe('mirror');
    expect(f.showMirrorNote).toBe(true);
  });

  it('gives the gap between the two reporters’ totals in the chosen year and at the range’s start, each labelled', () => {
    const f = figures({ reporter: 'both', year: 2023 });
    expect(f.totalGaps?.map((g) => [g.role, g.text])).toEqual([
      ['chosen', '2023: China’s figure is $10.0 bn (33.3%) above Kazakhstan’s'],
      ['start', 'at the range’s start, 2022: no total from both sides'],
    ]);
    expect(figures().totalGaps).toBeUndefined();
  });

  it('for a year without both sides, says so and names the nearest year that has them', () => {
    const f = figures({ reporter: 'both', year: 2024 });
    expect(f.totalGaps?.map((g) => g.text)).toEqual([
      '2024: no total from both sides',
      'the nearest year with both, 2023: China’s figure is $10.0 bn (33.3%) above Kazakhstan’s',
      'at the range’s start, 2022: no total from both sides',
    ]);
  });

  it('names the years each reporter has no figure for', () => {
    expect(figures({ reporter: 'both' }).gapsNote).toBe(
      'No figure (gaps in the line, never zeros): Kazakhstan’s statistics: 2022, 2024.',
    );
    expect(figures().gapsNote).toBeNull();
  });

  it('says what is missing instead of drawing an empty chart', () => {
    const f = figures({ reporter: 'partner', measure: 'balance' });
    expect(f.hasValues).toBe(false);
    expect(f.emptyMessage).toBe(
      'No figures of China’s trade balance for Kazakhstan from Kazakhstan’s statistics in 2022–2024.',
    );
    expect(figures({ reporter: 'partner', growth: true }).emptyMessage).toBe(
      'No change on the year before for Kazakhstan from Kazakhstan’s statistics in 2022–2024: no two years in a row with figures.',
    );
  });

  it('shows one reporter’s table, the change’s table, or both side by side with the gap', () => {
    expect(figures().table).toBe('single');
    expect(figures().single).toBe('china');
    expect(figures({ growth: true }).table).toBe('growth');
    expect(figures().caption).toBe('Total trade: China and Kazakhstan, 2022–2024');
  });

  it('lists the latest partial-year figure beside the annual ones', () => {
    expect(figures().partials.map((o) => `${o.period} ${o.year}`)).toEqual(['Jan-Oct 2024']);
  });

  it('names the bars cut at the top of the % axis', () => {
    const trade = { ...data.trade, observations: [...data.trade.observations] };
    trade.observations.push({ ...base, partner: 'KGZ', year: 2023, value: 2e9 });
    const model = fixtureTradeModel({ country: 'KGZ', growth: true, from: 2023, to: 2024 }, fixtureTradeInputs(trade));
    const rows = countryRows(trade, 'KGZ', 'total', 2023, 2024);
    expect(countryFigures(model, trade, rows).cutNote).toBe(
      'Bars cut at +300% (the tooltip and the table give the figure): 2024, China’s customs +900.0%.',
    );
  });
});
