// The interface's words in one language, compiled from the same catalogues as the build: for unit tests.
import { compileCatalogue, readCatalogue } from '../../scripts/message-catalogues';
import { activateMessages } from '../i18n/i18n';
import type { Language } from '../i18n/languages';

export async function speak(language: Language): Promise<void> {
  activateMessages(language, compileCatalogue(await readCatalogue(language)));
}
