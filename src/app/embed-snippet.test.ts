import { describe, expect, it } from 'vitest';
import { embedUrl, iframeSnippet, RESIZE_MESSAGE, SANDBOX_FLAGS } from './embed-snippet';
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
  const snippet = iframeSnippet('https://x.example/c5/?embed=map&country=TJK', 'map', 560);

  it('is a sandboxed iframe that can download and open sources', () => {
    expect(snippet).toContain('src="https://x.example/c5/?embed=map&amp;country=TJK"');
    expect(snippet).toContain(`sandbox="${SANDBOX_FLAGS}"`);
    expect(SANDBOX_FLAGS).toContain('allow-downloads');
    expect(snippet).toContain('height="560"');
  });

  it('listens only to the dashboard’s origin and message type', () => {
    expect(snippet).toContain("event.origin !== 'https://x.example'");
    expect(snippet).toContain(RESIZE_MESSAGE);
  });
});
