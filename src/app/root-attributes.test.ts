import { describe, expect, it, vi } from 'vitest';
import { applyRootAttributes, schemeOf } from './root-attributes';

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

describe('applyRootAttributes', () => {
  it('lets an embed win over the briefing mode, so the panel scrolls as an embed', () => {
    const dataset: Record<string, string> = {};
    const root = { dataset, classList: { toggle: () => undefined } };
    vi.stubGlobal('document', { documentElement: root });
    vi.stubGlobal('window', { matchMedia: () => ({ matches: false }) });
    applyRootAttributes({ theme: 'auto', mode: 'briefing', embed: 'trade', transparent: false });
    expect(dataset.mode).toBe('embed');
    applyRootAttributes({ theme: 'auto', mode: 'briefing', embed: null, transparent: false });
    expect(dataset.mode).toBe('briefing');
    vi.unstubAllGlobals();
  });
});
