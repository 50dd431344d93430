import { afterAll, describe, expect, it } from 'vitest';
import {
  formatChange,
  formatChangeAxis,
  formatDate,
  formatDateRange,
  formatShare,
  formatShareAxis,
  formatUsd,
  formatUsdAxis,
  formatUsdExact,
} from './format';
import { speak } from '../testing/speak';

const NBSP = '\u00a0';
afterAll(() => speak('en'));

describe('in Russian', () => {
  it('writes sums with the language’s words and decimal comma', async () => {
    await speak('ru');
    expect(formatUsd(41e9)).toBe(`41,0${NBSP}млрд${NBSP}$`);
    expect(formatUsd(460e6)).toBe(`460${NBSP}млн${NBSP}$`);
    expect(formatUsd(4.5e6)).toBe(`4,5${NBSP}млн${NBSP}$`);
    expect(formatUsd(850e3)).toBe(`850${NBSP}тыс.${NBSP}$`);
    expect(formatUsdExact(11620625682)).toMatch(/^11\s620\s625\s682\u00a0\$$/);
    expect(formatUsdAxis(13.5e9)).toBe(`13,5${NBSP}млрд${NBSP}$`);
  });
  it('writes percentages and dates as Russian does', () => {
    expect(formatChange(0.109)).toBe(`+10,9${NBSP}%`);
    expect(formatChangeAxis(0.5)).toBe(`+50${NBSP}%`);
    expect(formatShare(0.3)).toBe(`30,0${NBSP}%`);
    expect(formatShareAxis(0.3)).toBe(`30${NBSP}%`);
    expect(formatDate('2024-12-01')).toBe('1 дек. 2024 г.');
    expect(formatDate('2025-05')).toBe('май 2025 г.');
    expect(formatDate('2027')).toBe('2027');
    expect(formatDateRange('2023-05-18', '2023-05-19')).toBe('18–19 мая 2023 г.');
  });
});

describe('in Chinese', () => {
  it('counts in 万 and 亿 and writes 美元', async () => {
    await speak('zh');
    expect(formatUsd(41e9)).toBe('410亿美元');
    expect(formatUsd(11.62e9)).toBe('116.2亿美元');
    expect(formatUsd(4.5e6)).toBe('450万美元');
    expect(formatUsd(850e3)).toBe('85万美元');
    expect(formatUsdAxis(5e8)).toBe('5亿美元');
  });
  it('writes dates with 年月日', () => {
    expect(formatDate('2024-12-01')).toBe('2024年12月1日');
    expect(formatDate('2025-05')).toBe('2025年5月');
    expect(formatDateRange('2023-05-18', '2023-05-19')).toBe('2023年5月18日至19日');
    expect(formatChange(-0.05)).toBe('-5.0%');
  });
});

describe('in English', () => {
  it('keeps the dashboard’s own forms', async () => {
    await speak('en');
    expect(formatUsd(41e9)).toBe('$41.0 bn');
    expect(formatDate('2024-12-01')).toBe('1 Dec 2024');
  });
});
