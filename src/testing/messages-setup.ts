// Unit tests read the interface's words in English unless they ask for another language (speak.ts).
import { speak } from './speak';

await speak('en');
