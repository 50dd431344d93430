// Unit tests read the interface's words in English, compiled from the same catalogues as the build.
import { compileCatalogue, readCatalogue } from '../../scripts/message-catalogues';
import { activateMessages } from '../i18n/i18n';

activateMessages('en', compileCatalogue(await readCatalogue('en')));
