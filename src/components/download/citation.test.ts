import { describe, expect, it } from 'vitest';
import { citationText } from './citation';

describe('citationText', () => {
  it('names the view, its sources, the data date and the link', () => {
    expect(
      citationText({
        title: 'Total trade: China and Kazakhstan',
        subtitle: 'US$, annual, 2015–2025',
        sourceLine: 'Sources: IMF DOTS; China GACC',
        asOf: '2026-11-27',
        url: 'https://intranet.example/c5/?country=KAZ',
        accessed: '2026-11-28',
      }),
    ).toBe(
      'China–Central Asia Trade & Relations Dashboard, “Total trade: China and Kazakhstan (US$, annual, 2015–2025)”. Data as of 27 Nov 2026. Sources: IMF DOTS; China GACC. https://intranet.example/c5/?country=KAZ (accessed 28 Nov 2026).',
    );
  });

  it('leaves out what it does not know', () => {
    expect(
      citationText({ title: 'Meetings', sourceLine: 'Sources: MFA.', asOf: null, url: 'u', accessed: '2026-01-02' }),
    ).toBe('China–Central Asia Trade & Relations Dashboard, “Meetings”. Sources: MFA. u (accessed 2 Jan 2026).');
  });
});
