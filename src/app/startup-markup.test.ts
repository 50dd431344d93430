// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { SITE_TAGLINE, SITE_TITLE } from './site-text';
import { startupMarkup } from './startup-markup';

describe('startupMarkup', () => {
  it('shows the page’s title, tagline and a loading status, escaped', () => {
    const html = startupMarkup(SITE_TITLE, SITE_TAGLINE);
    document.body.innerHTML = html;
    expect(document.querySelector('h1')?.textContent).toBe(SITE_TITLE);
    expect(document.querySelector('.site-tagline')?.textContent).toBe(SITE_TAGLINE);
    expect(document.querySelector('[role="status"]')?.textContent).toBe('Loading the dashboard…');
    expect(html).not.toContain('& ');
  });

  it('writes no markup from its text', () => {
    document.body.innerHTML = startupMarkup('<img src=x onerror=alert(1)>', 'a "b" & c');
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('h1')?.textContent).toBe('<img src=x onerror=alert(1)>');
  });
});
