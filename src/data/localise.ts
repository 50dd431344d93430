/**
 * The data files' words in the language shown. English is in events.json and countries.json; the
 * events' titles, labels, cities, chairs, participants and outcomes in another language come from
 * events.<language>.json, the capitals' names from countries.json's `capital.names`. What a file does
 * not give stays in English.
 */
import type { Language } from '../i18n/languages';
import type { CountriesFile, EventsFile, EventWordsFile } from './schemas';

export function localiseEvents(file: EventsFile, words: EventWordsFile | null): EventsFile {
  if (!words) return file;
  const byId = new Map(words.events.map((w) => [w.id, w]));
  return {
    ...file,
    events: file.events.map((event) => {
      const w = byId.get(event.id);
      if (!w) return event;
      return {
        ...event,
        title: w.title,
        ...(event.label !== undefined && w.label !== undefined ? { label: w.label } : {}),
        city: event.city !== null && w.city !== undefined ? w.city : event.city,
        ...(event.chair !== undefined && w.chair !== undefined ? { chair: w.chair } : {}),
        ...(event.participants && w.participants?.length === event.participants.length
          ? { participants: w.participants }
          : {}),
        ...(event.outcomes && w.outcomes?.length === event.outcomes.length ? { outcomes: w.outcomes } : {}),
      };
    }),
  };
}

export function localiseCountries(file: CountriesFile, language: Language): CountriesFile {
  if (language === 'en') return file;
  return {
    ...file,
    countries: file.countries.map((country) => {
      const name = country.capital.names?.[language];
      return name ? { ...country, capital: { ...country.capital, name } } : country;
    }),
  };
}
