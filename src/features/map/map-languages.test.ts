import { afterAll, describe, expect, it } from 'vitest';
import { fixtureDataset, fixturePartners } from '../../testing/fixtures';
import { speak } from '../../testing/speak';
import { chinaShareFigures, countryFigures } from './country-figures';
import { mapCsv } from './map-download';
import { colourScale, legendSwatches } from './map-scale';
import { countryLabel, countryLines } from './map-text';
import { placeSummary, type MeetingPlace } from './meeting-places';
import { mapModel } from './use-map-model';

const data = fixtureDataset();
const byId = new Map(data.sources.sources.map((s) => [s.id, s]));
afterAll(() => speak('en'));

const figures = () => countryFigures(data.trade, 'china', 2024, 'total');
const place = (inPerson: number, video: number) =>
  ({ events: Array.from({ length: inPerson + video }), inPerson, video }) as unknown as MeetingPlace;

describe('the map in Russian', () => {
  it('puts the figure, the year and the rank in Russian order and words', async () => {
    await speak('ru');
    const [kaz, , tjk] = figures();
    const lines = kaz && countryLines(kaz, 2024, 'china', byId);
    expect(lines?.value).toBe('50,0\u00a0млрд\u00a0$ в 2024\u00a0г.');
    expect(lines?.rank).toBe('1 из 2');
    expect(lines && countryLabel('Казахстан', lines, 'total')).toBe(
      'Казахстан: товарооборот с Китаем в 2024\u00a0г. — 50,0\u00a0млрд\u00a0$, данные: Таможня Китая; +25,0\u00a0% к 2023\u00a0г.; место 1 из 2',
    );
    expect(tjk && countryLabel('Таджикистан', countryLines(tjk, 2024, 'china', byId), 'total')).toBe(
      'Таджикистан: нет данных за 2024\u00a0г. (Таможня Китая)',
    );
    const share = chinaShareFigures(fixturePartners(), 2023).find((f) => f.iso3 === 'KAZ');
    expect(share && countryLines(share, 2023, 'own', byId, 'china_share').change).toBe(
      '+5,0\u00a0п.\u00a0п. к 2022\u00a0г.',
    );
  });

  it('counts events with Russian plurals, names the countries and heads the file in Russian', async () => {
    await speak('ru');
    expect([place(1, 0), place(3, 0), place(5, 0), place(0, 2), place(3, 2)].map(placeSummary)).toEqual([
      '1 событие',
      '3 события',
      '5 событий',
      '2 события, все по видеосвязи',
      '5 событий: очно — 3, по видеосвязи — 2',
    ]);
    expect(
      legendSwatches(colourScale('total'))
        .map((s) => s.label)
        .at(-1),
    ).toBe('нет данных');
    const model = mapModel(2024, 'total', 'china', { ...data, partners: undefined });
    expect(model.names.get('KGZ')).toBe('Кыргызстан');
    expect(mapCsv([], model.names, [], 2024, 'total', 'china').columns[0]).toBe('страна');
  });
});

describe('the map in Chinese', () => {
  it('writes the year first and counts without plurals', async () => {
    await speak('zh');
    const [kaz] = figures();
    const lines = kaz && countryLines(kaz, 2024, 'china', byId);
    expect(lines && countryLabel('哈萨克斯坦', lines, 'total')).toBe(
      '哈萨克斯坦：2024年与中国的进出口总额500亿美元，数据来源：中国海关；较2023年+25.0%；排名第1位（共2国）',
    );
    expect(legendSwatches(colourScale('total')).map((s) => s.label)[1]).toBe('10亿美元至25亿美元');
    expect(placeSummary(place(3, 2))).toBe('5项活动：线下3项，视频2项');
    expect(mapModel(2024, 'total', 'china', { ...data, partners: undefined }).names.get('KAZ')).toBe('哈萨克斯坦');
  });
});
