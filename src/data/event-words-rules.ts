/**
 * The rules an events.<language>.json file keeps against events.json: words for every event and no
 * other, the same fields as the English (the same number of participants and outcomes, each participant
 * with the English's country), text in the language's own script, and an official title that names the
 * page it was published on. `data:check` applies them.
 */
import type { CaEvent, EventLanguage, EventWords, EventWordsFile } from './schemas';

export interface EventWordsProblem {
  path: string;
  message: string;
}

/** A letter of the language's script: a Russian text has Cyrillic in it, a Chinese one Han characters. */
const SCRIPT: Record<EventLanguage, RegExp> = { ru: /\p{Script=Cyrillic}/u, zh: /\p{Script=Han}/u };
const SCRIPT_NAME: Record<EventLanguage, string> = { ru: 'Cyrillic', zh: 'Chinese characters' };

const countryTag = (text: string) => /\(([A-Z]{3})\b/.exec(text)?.[1];

export function eventWordsProblems(
  language: EventLanguage,
  file: EventWordsFile,
  events: readonly CaEvent[],
  sourceIds: ReadonlySet<string>,
): EventWordsProblem[] {
  const problems: EventWordsProblem[] = [];
  const report = (path: string, message: string) => problems.push({ path, message });
  if (file.language !== language) report('language', `"${file.language}" in the file of the language "${language}"`);
  const written = (path: string, text: string) => {
    if (!SCRIPT[language].test(text)) report(path, `not written in ${SCRIPT_NAME[language]}: "${text}"`);
  };
  const byId = new Map(events.map((event) => [event.id, event]));
  const covered = new Set(file.events.map((words) => words.id));
  for (const event of events) if (!covered.has(event.id)) report('events', `no words for the event "${event.id}"`);

  file.events.forEach((words, i) => {
    const path = `events[${i}]`;
    const event = byId.get(words.id);
    if (!event) {
      report(`${path}.id`, `unknown event "${words.id}" (not in events.json)`);
      return;
    }
    written(`${path}.title`, words.title);
    if (words.titleOrigin === 'official') {
      if (!words.titleSource) report(`${path}.titleSource`, 'an official title names the source it was published in');
      else if (!sourceIds.has(words.titleSource))
        report(`${path}.titleSource`, `unknown source "${words.titleSource}" (not in sources.json)`);
    } else if (words.titleSource) {
      report(`${path}.titleSource`, 'a translation has no source: mark the title official, or drop the source');
    }
    sameFields(path, words, event, report);
    if (words.city) written(`${path}.city`, words.city);
    words.outcomes?.forEach((outcome, k) => written(`${path}.outcomes[${k}]`, outcome));
    words.participants?.forEach((participant, k) => {
      const english = event.participants?.[k];
      if (english !== undefined && countryTag(participant) !== countryTag(english))
        report(`${path}.participants[${k}]`, `"${participant}" is not tagged as the English "${english}" is`);
    });
  });
  return problems;
}

/** Each field the English has, and no other; lists as long as the English. */
function sameFields(path: string, words: EventWords, event: CaEvent, report: (path: string, message: string) => void) {
  const present: [keyof EventWords, boolean][] = [
    ['label', event.label !== undefined],
    ['city', event.city !== null],
    ['chair', event.chair !== undefined],
    ['participants', event.participants !== undefined],
    ['outcomes', event.outcomes !== undefined],
  ];
  for (const [field, english] of present) {
    if (english && words[field] === undefined) report(`${path}.${field}`, `missing: the English has a ${field}`);
    if (!english && words[field] !== undefined) report(`${path}.${field}`, `the English has no ${field}`);
  }
  for (const field of ['participants', 'outcomes'] as const) {
    const own = words[field];
    const english = event[field];
    if (own && english && own.length !== english.length)
      report(`${path}.${field}`, `${own.length} where the English has ${english.length}`);
  }
}
