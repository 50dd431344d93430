/**
 * Fetches one language's compiled messages. The catalogues are JSON files of the build (hashed, cached
 * like the scripts), not script: the others never reach a reader who does not ask for them.
 */
import type { Messages } from '@lingui/core';
import catalogues from 'virtual:message-catalogues';
import { LANGUAGE_NAMES, type Language } from './languages';

const started = new Map<Language, Promise<Messages>>();

export function fetchMessages(language: Language): Promise<Messages> {
  let messages = started.get(language);
  if (!messages) {
    const url = catalogues[language];
    messages = fetch(url).then(async (response) => {
      if (!response.ok)
        throw new Error(`The ${LANGUAGE_NAMES[language]} messages (${url}) could not load: HTTP ${response.status}`);
      return (await response.json()) as Messages;
    });
    // A failed download may be tried again (the switch, once the network is back).
    messages.catch(() => started.delete(language));
    started.set(language, messages);
  }
  return messages;
}
