import { describe, expect, it } from 'vitest';
import { preferredLanguage, viewLanguage } from './languages';

describe('preferredLanguage', () => {
  it('takes the first preference the dashboard has', () => {
    expect(preferredLanguage(['de-DE', 'ru-KZ', 'en'])).toBe('ru');
    expect(preferredLanguage(['zh-TW'])).toBe('zh');
    expect(preferredLanguage(['EN-us', 'zh'])).toBe('en');
  });
  it('falls back to English', () => {
    expect(preferredLanguage(['kk', 'uz'])).toBe('en');
    expect(preferredLanguage([])).toBe('en');
  });
});

describe('viewLanguage', () => {
  it('lets the link win over the browser', () => {
    expect(viewLanguage('zh', ['ru'])).toBe('zh');
    expect(viewLanguage(null, ['ru'])).toBe('ru');
  });
});
