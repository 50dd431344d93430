import { describe, expect, it, vi } from 'vitest';
import { compileCatalogue, readCatalogue } from '../../scripts/message-catalogues';
import { LANGUAGES } from '../i18n/languages';
import { fillCompiled, STARTUP_FAILURE_ENGLISH } from './startup-failure';

// The build's catalogues are a virtual module of Vite's; these tests compile the catalogues themselves.
vi.mock('../i18n/load-messages', () => ({ fetchMessages: vi.fn() }));

describe('the startup failure notice', () => {
  it('says in English what the English catalogue says', async () => {
    const english = await readCatalogue('en');
    for (const [id, text] of Object.entries(STARTUP_FAILURE_ENGLISH)) expect(english[id]).toBe(text);
  });

  it('reads its messages in every language from the compiled catalogue, without the message library', async () => {
    for (const language of LANGUAGES) {
      const compiled = compileCatalogue(await readCatalogue(language));
      for (const id of Object.keys(STARTUP_FAILURE_ENGLISH)) {
        const text = fillCompiled(compiled[id], { reason: 'HTTP 503' });
        expect(text, `${language} ${id}`).not.toBeNull();
        if (id === 'app.startup.failedDetail') expect(text).toContain('HTTP 503');
      }
    }
  });

  it('gives up on a form it cannot read', () => {
    expect(fillCompiled(['a ', ['n', 'plural', { one: 'x' }]], {})).toBeNull();
    expect(fillCompiled(['a ', ['missing']], {})).toBeNull();
    expect(fillCompiled(undefined, {})).toBeNull();
  });
});
