// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { startupMarkup } from './startup-markup';

const en = {
  title: 'China–Central Asia Trade & Relations',
  tagline: 'China’s trade',
  loading: 'Loading the dashboard…',
};
const ru = { title: 'Китай — Центральная Азия', tagline: 'Торговля Китая', loading: 'Загрузка панели…' };

describe('startupMarkup', () => {
  it('shows the page’s title, tagline and a loading status in each language, escaped', () => {
    const html = startupMarkup({ en, ru });
    document.body.innerHTML = html;
    const pages = [...document.querySelectorAll('.startup-page')];
    expect(pages.map((page) => page.getAttribute('lang'))).toEqual(['en', 'ru']);
    expect(pages[1]?.querySelector('h1')?.textContent).toBe(ru.title);
    expect(pages[0]?.querySelector('.site-tagline')?.textContent).toBe(en.tagline);
    expect(pages[1]?.querySelector('[role="status"]')?.textContent).toBe(ru.loading);
    expect(html).not.toContain('& ');
  });

  it('writes no markup from its text', () => {
    document.body.innerHTML = startupMarkup({ en: { ...en, title: '<img src=x onerror=alert(1)>' } });
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('h1')?.textContent).toBe('<img src=x onerror=alert(1)>');
  });
});
