import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, parseFrameAncestors } from './csp';

describe('the Content-Security-Policy', () => {
  it('is strict, framed by its own origin alone unless hosts are named', () => {
    const strict = contentSecurityPolicy({ strict: true, hosts: [] });
    expect(strict).toContain("script-src 'self'");
    expect(strict?.endsWith("frame-ancestors 'self'")).toBe(true);
    expect(contentSecurityPolicy({ strict: false, hosts: [] })).toBeNull();
  });

  it('lets the named host pages frame the dashboard, with or without the strict policy', () => {
    const hosts = parseFrameAncestors([
      'https://intranet.example.org, http://localhost:8080',
      'https://wiki.example.org',
    ]);
    expect(hosts).toEqual(['https://intranet.example.org', 'http://localhost:8080', 'https://wiki.example.org']);
    expect(contentSecurityPolicy({ strict: true, hosts })).toContain(
      "frame-ancestors 'self' https://intranet.example.org http://localhost:8080 https://wiki.example.org",
    );
    expect(contentSecurityPolicy({ strict: false, hosts: ['https://a.example'] })).toBe(
      "frame-ancestors 'self' https://a.example",
    );
  });

  it('refuses what is not a bare origin, saying why', () => {
    expect(() => parseFrameAncestors(['intranet.example.org'])).toThrow(/not an origin/);
    expect(() => parseFrameAncestors(['https://intranet.example.org/wiki'])).toThrow(/not a bare origin/);
    expect(() => parseFrameAncestors(['https://a.example; script-src *'])).toThrow();
  });
});
