import { afterAll, describe, expect, it } from 'vitest';
import { gapText } from './country-model';
import { flagOf, flagWords, yearSpans } from './country-rows';
import { shareOfFiveText } from './headline';
import { fileBase, fileSubject } from './trade-download';
import { chartTitle } from './trade-series';
import { speak } from '../../testing/speak';

afterAll(() => speak('en'));

describe('the trade panel’s words in Russian and Chinese', () => {
  it('say the title, the gap and the flags in the language shown', async () => {
    await speak('ru');
    expect(chartTitle('total', 'Казахстан')).toBe('Товарооборот: Китай и Казахстан');
    expect(gapText(2023, { usd: 10e9, ratio: 1 / 3 }, 'Казахстан')).toBe(
      '2023: данные Китая на 10,0\u00a0млрд\u00a0$ (33,3\u00a0%) выше данных партнёра (Казахстан)',
    );
    expect(flagWords({ ...flagOf([]), status: 'estimate', uncertain: true })).toBe('оценка, неточно');

    await speak('zh');
    expect(chartTitle('total', '哈萨克斯坦', true)).toBe('进出口总额同比变化：中国与哈萨克斯坦');
    expect(yearSpans([1992, 2021, 2022, 2023])).toBe('1992、2021–2023');
    expect(shareOfFiveText({ year: 2021, shareOfFive: { missing: ['UZB'] }, shareOfRegion: null })).toBe(
      '无法按五国计算：UZB缺少2021年数据',
    );
  });

  it('name the files in English whatever the language, as identifiers', async () => {
    await speak('ru');
    expect(fileBase(fileSubject('KGZ'), 2015, 2024)).toBe('china-kyrgyzstan-trade-2015-2024');
    expect(fileBase(fileSubject(null), 2015, 2024)).toBe('china-central-asia-trade-2015-2024');
  });
});
