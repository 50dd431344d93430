import { describe, expect, it } from 'vitest';
import { fixtureDataset } from '../../testing/fixtures';
import { mapModel, type MapInputs } from './use-map-model';

const data = fixtureDataset();
const files: MapInputs = { trade: data.trade, countries: data.countries, sources: data.sources, events: data.events };

describe('mapModel', () => {
  it('shows the latest year with a figure unless asked for another, and lists the years newest first', () => {
    expect(mapModel(null, 'total', 'china', files).year).toBe(2024);
    expect(mapModel(2023, 'total', 'china', files).year).toBe(2023);
    expect(mapModel(null, 'total', 'china', files).years).toEqual([2024, 2023, 2022]);
  });

  it('gives each state its figure for the year, and only the sources behind them', () => {
    const model = mapModel(2024, 'total', 'china', files);
    const byState = Object.fromEntries(model.figures.map((f) => [f.iso3, f.value]));
    expect(byState).toMatchObject({ KAZ: 50e9, KGZ: 20e9 });
    expect(model.sources.map((s) => s.id)).toEqual(['customs']);
  });

  it('names the countries and places the partners’ capitals and the meeting places', () => {
    const model = mapModel(2024, 'total', 'china', files);
    expect(model.names.get('KGZ')).toBe('Kyrgyzstan');
    expect(model.capitals.map((c) => c.name)).toEqual(['Astana', 'Bishkek']);
    expect(model.places.map((p) => p.city)).toEqual(expect.arrayContaining(['Xi’an', 'Astana']));
  });

  it('draws nothing while the files load', () => {
    const model = mapModel(null, 'total', 'china', {
      trade: undefined,
      countries: undefined,
      sources: undefined,
      events: undefined,
    });
    expect([model.year, model.years, model.figures, model.places]).toEqual([null, [], [], []]);
  });
});
