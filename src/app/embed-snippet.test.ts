import { describe, expect, it } from 'vitest';
import embedScript from '../../public/embed.js?raw';
import { embedUrl, frameTitle, iframeSnippet, RESIZE_MESSAGE, SANDBOX_FLAGS } from './embed-snippet';
import { DEFAULT_VIEW } from './url-state';

describe('embedUrl', () => {
  it('keeps the view, names the panel and drops briefing mode', () => {
    const url = embedUrl(
      'https://intranet.example/tools/c5/?country=KGZ&mode=briefing#x',
      { ...DEFAULT_VIEW, country: 'KGZ', year: 2024, mode: 'briefing' },
      'trade',
      false,
    );
    expect(url).toBe('https://intranet.example/tools/c5/?country=KGZ&year=2024&embed=trade');
  });

  it('adds transparent=1 when asked', () => {
    expect(embedUrl('https://x.example/', DEFAULT_VIEW, 'map', true)).toBe(
      'https://x.example/?embed=map&transparent=1',
    );
  });
});

describe('iframeSnippet', () => {
  const snippet = iframeSnippet(
    'https://x.example/c5/?embed=map&country=TJK',
    'China–Tajikistan trade, 2010–2024',
    560,
  );

  it('is a sandboxed iframe that can download and open sources, titled for what it shows', () => {
    expect(snippet).toContain('src="https://x.example/c5/?embed=map&amp;country=TJK"');
    expect(snippet).toContain('title="China–Tajikistan trade, 2010–2024"');
    expect(snippet).toContain(`sandbox="${SANDBOX_FLAGS}"`);
    expect(SANDBOX_FLAGS).toContain('allow-downloads');
    expect(snippet).toContain('height="560"');
  });

  it('loads the resize script from the dashboard, beside the page: no inline script for the host', () => {
    expect(snippet).toContain('<script src="https://x.example/c5/embed.js" async></script>');
    expect(snippet).not.toMatch(/<script>/);
  });

  it('escapes what would break out of an attribute', () => {
    expect(iframeSnippet('https://x.example/?a=1', 'A "quoted" <b>', 100)).toContain(
      'title="A &quot;quoted&quot; &lt;b>"',
    );
  });
});

describe('embed.js', () => {
  it('listens for the message type the panels post, from the dashboard’s origin only', () => {
    expect(embedScript).toContain(`'${RESIZE_MESSAGE}'`);
    expect(embedScript).toContain('event.origin !== origin');
  });
});

describe('frameTitle', () => {
  const names = { KAZ: 'Kazakhstan', KGZ: 'Kyrgyzstan', TJK: 'Tajikistan', TKM: 'Turkmenistan', UZB: 'Uzbekistan' };
  const inputs = {
    view: { ...DEFAULT_VIEW, country: 'KGZ' as const },
    names,
    range: { from: 2010, to: 2024 },
    mapYear: 2025,
  };
  it('names what each panel shows', () => {
    expect(frameTitle('trade', inputs)).toBe('China–Kyrgyzstan trade, 2010–2024');
    expect(frameTitle('trade', { ...inputs, view: { ...inputs.view, chart: 'compare' } })).toBe(
      'China’s trade with the five Central Asian states, 2010–2024',
    );
    expect(frameTitle('map', inputs)).toBe('Map of China’s trade with Central Asia, 2025');
    expect(frameTitle('timeline', inputs)).toBe('China–Central Asia meetings and summits');
  });
});
