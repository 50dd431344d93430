import { describe, expect, it } from 'vitest';
import { localiseCountries, localiseEvents } from './localise';
import { fixtureEvent } from '../testing/fixtures';
import type { CountriesFile, EventsFile, EventWordsFile } from './schemas';

const event = fixtureEvent({
  id: 'cc5-fm-05',
  kind: 'foreign-ministers',
  start: '2024-12-01',
  title: 'Fifth China–Central Asia Foreign Ministers’ Meeting',
  city: 'Chengdu',
  chair: 'Wang Yi',
  participants: ['Wang Yi (CHN)', 'Murat Nurtleu (KAZ)'],
  outcomes: ['A joint statement'],
});

const events: EventsFile = { asOf: '2026-11-27', events: [event, { ...event, id: 'other', city: null }] };

describe('localiseEvents', () => {
  it('takes every field the words give, and keeps the rest', () => {
    const words: EventWordsFile = {
      asOf: '2026-11-27',
      language: 'ru',
      events: [
        {
          id: 'cc5-fm-05',
          title: 'Пятая встреча министров иностранных дел',
          titleOrigin: 'translation',
          city: 'Чэнду',
          chair: 'Ван И',
          participants: ['Ван И (CHN)', 'Мурат Нуртлеу (KAZ)'],
          outcomes: ['Совместное заявление'],
        },
        { id: 'other', title: 'Другое', titleOrigin: 'translation', city: 'Город' },
      ],
    };
    const [fifth, other] = localiseEvents(events, words).events;
    expect(fifth).toMatchObject({ title: 'Пятая встреча министров иностранных дел', city: 'Чэнду', chair: 'Ван И' });
    expect(fifth?.participants).toEqual(['Ван И (CHN)', 'Мурат Нуртлеу (KAZ)']);
    expect(fifth?.start).toBe('2024-12-01');
    // An event held nowhere stays so.
    expect(other).toMatchObject({ title: 'Другое', city: null });
  });

  it('keeps English where there are no words, or lists of another length', () => {
    expect(localiseEvents(events, null)).toBe(events);
    const words: EventWordsFile = {
      asOf: '2026-11-27',
      language: 'zh',
      events: [{ id: 'cc5-fm-05', title: '第五次外长会晤', titleOrigin: 'translation', outcomes: ['一', '二'] }],
    };
    const [fifth] = localiseEvents(events, words).events;
    expect(fifth?.title).toBe('第五次外长会晤');
    expect(fifth?.outcomes).toEqual(['A joint statement']);
    expect(fifth?.city).toBe('Chengdu');
  });
});

describe('localiseCountries', () => {
  const countries = {
    asOf: '2026-11-27',
    coordinatesNote: 'approximate',
    countries: [
      {
        iso3: 'KAZ',
        isoNumeric: '398',
        name: { en: 'Kazakhstan', ru: 'Казахстан', zh: '哈萨克斯坦' },
        role: 'partner',
        capital: { name: 'Astana', names: { ru: 'Астана', zh: '阿斯塔纳' }, coordinates: [71.4, 51.2] },
      },
    ],
  } satisfies CountriesFile;

  it('names the capitals in the language shown', () => {
    expect(localiseCountries(countries, 'zh').countries[0]?.capital.name).toBe('阿斯塔纳');
    expect(localiseCountries(countries, 'en')).toBe(countries);
  });
});
