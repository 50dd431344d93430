import { afterAll, describe, expect, it } from 'vitest';
import { t } from '../../i18n/i18n';
import { fixtureEvent } from '../../testing/fixtures';
import { speak } from '../../testing/speak';
import { eventHeading, eventPlace } from './event-labels';
import { markLabel } from './timeline-layout';

const fm5 = fixtureEvent({ id: 'fm-5', kind: 'foreign-ministers', ordinal: 5, start: '2024-12-01', city: 'Чэнду' });
const summit1 = fixtureEvent({ id: 'summit-1', kind: 'summit', ordinal: 1, start: '2023-05-18', city: 'Сиань' });
const summit3 = fixtureEvent({ id: 'summit-3', kind: 'summit', ordinal: 3, start: '2027', status: 'announced' });

afterAll(() => speak('en'));

describe('the timeline in Russian and Chinese', () => {
  it('says ordinals as each language does', async () => {
    await speak('ru');
    expect(eventHeading(fm5)).toBe('5-я встреча министров иностранных дел');
    expect(eventHeading(summit1)).toBe('1-й саммит');
    expect(markLabel(summit1)).toBe('1-й · Сиань');
    expect(markLabel(summit3)).toBe('3-й · ожидается');
    await speak('zh');
    expect(eventHeading(fm5)).toBe('第五次外长会晤');
    expect(eventHeading(summit1)).toBe('第一届峰会');
    expect(markLabel(summit3)).toBe('第三届 · 待举行');
    expect(eventPlace({ ...fm5, format: 'video', city: '北京' })).toBe('以视频方式（在北京主持）');
  });

  it('counts events with Russian plural forms', async () => {
    await speak('ru');
    const all = (total: number) => t('timeline.filterSummary.all', { total });
    expect([1, 2, 5, 21, 35].map(all)).toEqual([
      'Всего 1 событие',
      'Всего 2 события',
      'Всего 5 событий',
      'Всего 21 событие',
      'Всего 35 событий',
    ]);
    expect(t('timeline.filterSummary.some', { shown: 7, total: 21 })).toBe('7 из 21 события');
    expect(t('timeline.filterSummary.some', { shown: 7, total: 35 })).toBe('7 из 35 событий');
  });

  it('declines a state’s name where the sentence needs it', async () => {
    await speak('ru');
    expect(t('timeline.context.what.total', { code: 'KAZ', name: 'Казахстан' })).toBe(
      'товарооборот Казахстана с Китаем',
    );
    expect(t('timeline.context.what.china_exports', { code: 'CA5', name: 'CA5' })).toBe(
      'экспорт Китая в пять государств Центральной Азии',
    );
  });

  it('keeps English', async () => {
    await speak('en');
    expect(eventHeading(fm5)).toBe('5th foreign ministers’ meeting');
    expect(markLabel(summit3)).toBe('3rd · announced');
  });
});
