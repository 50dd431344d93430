import { describe, expect, it } from 'vitest';
import { schemeOf } from './root-attributes';

describe('schemeOf', () => {
  it('keeps a theme chosen, whatever the system says', () => {
    expect(schemeOf('light', true)).toBe('light');
    expect(schemeOf('dark', false)).toBe('dark');
  });

  it('follows the system when the theme is automatic', () => {
    expect(schemeOf('auto', true)).toBe('dark');
    expect(schemeOf('auto', false)).toBe('light');
  });
});
