import { describe, expect, it } from 'vitest';
import { eventWordsProblems } from './event-words-rules';
import type { CaEvent, EventWordsFile } from './schemas';

const event: CaEvent = {
  id: 'cc5-fm-05',
  kind: 'foreign-ministers',
  ordinal: 5,
  title: '5th China–Central Asia Foreign Ministers’ Meeting',
  start: '2024-12-01',
  status: 'held',
  city: 'Chengdu',
  country: 'CHN',
  coordinates: [104.07, 30.67],
  format: 'in-person',
  participants: ['Wang Yi (CHN)', 'Murat Nurtleu (KAZ)'],
  outcomes: ['Five-point consensus'],
  sources: ['prc-mfa-2024-12-03-fm-05'],
  confidence: 'verified',
};

const words = (overrides: Partial<EventWordsFile['events'][number]> = {}): EventWordsFile => ({
  asOf: '2026-12-02',
  language: 'zh',
  events: [
    {
      id: 'cc5-fm-05',
      title: '中国—中亚外长第五次会晤',
      titleOrigin: 'translation',
      city: '成都',
      participants: ['王毅 (CHN)', '努尔特列乌 (KAZ)'],
      outcomes: ['五点共识'],
      ...overrides,
    },
  ],
});

const problems = (file: EventWordsFile, events = [event]) =>
  eventWordsProblems('zh', file, events, new Set(['people-cpc-2022-06-09-fm-03']));

describe('eventWordsProblems', () => {
  it('accepts words for every event, with the English’s fields', () => {
    expect(problems(words())).toEqual([]);
  });

  it('finds an event left untranslated, and words for an event that does not exist', () => {
    const other = { ...event, id: 'cc5-fm-06' };
    expect(problems(words(), [event, other]).map((p) => p.message)).toEqual(['no words for the event "cc5-fm-06"']);
    expect(problems(words({ id: 'cc5-fm-99' }))[1]?.path).toBe('events[0].id');
  });

  it('refuses English left in place of the language’s own script', () => {
    expect(problems(words({ city: 'Chengdu' }))).toEqual([
      { path: 'events[0].city', message: 'not written in Chinese characters: "Chengdu"' },
    ]);
  });

  it('keeps the lists as long as the English, each participant with the English’s country', () => {
    expect(problems(words({ outcomes: ['五点共识', '另一条'] }))[0]?.message).toBe('2 where the English has 1');
    expect(problems(words({ participants: ['王毅 (CHN)', '努尔特列乌 (UZB)'] }))[0]?.path).toBe('events[0].participants[1]');
    expect(problems(words({ chair: '王毅' }))[0]?.message).toBe('the English has no chair');
  });

  it('has an official title name its published source, and a translation none', () => {
    expect(problems(words({ titleOrigin: 'official' }))[0]?.path).toBe('events[0].titleSource');
    expect(problems(words({ titleOrigin: 'official', titleSource: 'people-cpc-2022-06-09-fm-03' }))).toEqual([]);
    expect(problems(words({ titleOrigin: 'official', titleSource: 'nowhere' }))[0]?.message).toMatch(/unknown source/);
    expect(problems(words({ titleSource: 'people-cpc-2022-06-09-fm-03' }))[0]?.message).toMatch(/translation has no source/);
  });
});
