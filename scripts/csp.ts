/**
 * The Content-Security-Policy the dashboard runs under, with the host pages allowed to frame it. The
 * README recommends the same header; the end-to-end tests serve every page with it.
 */
const STRICT_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' blob: data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
];

/**
 * The origins (`https://intranet.example.org`) that `--frame-ancestors` names, one per flag or several
 * separated by spaces or commas; anything that is not a bare http(s) origin is refused with the reason.
 */
export function parseFrameAncestors(values: readonly string[]): string[] {
  const origins = values.flatMap((v) => v.split(/[\s,]+/)).filter(Boolean);
  return origins.map((text) => {
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      throw new Error(`--frame-ancestors: "${text}" is not an origin such as https://intranet.example.org`);
    }
    if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.origin !== text.replace(/\/$/, ''))
      throw new Error(`--frame-ancestors: "${text}" is not a bare origin (scheme, host and port, no path)`);
    return url.origin;
  });
}

/** `frame-ancestors 'self'` and the host origins: who may put the dashboard in a frame. */
export const frameAncestorsDirective = (hosts: readonly string[]) => ["frame-ancestors 'self'", ...hosts].join(' ');

/**
 * The header to send: the strict policy with its frame-ancestors, or, without `--csp` but with host
 * origins, frame-ancestors alone; nothing when neither is asked for.
 */
export function contentSecurityPolicy({ strict, hosts }: { strict: boolean; hosts: readonly string[] }): string | null {
  if (strict) return [...STRICT_DIRECTIVES, frameAncestorsDirective(hosts)].join('; ');
  return hosts.length > 0 ? frameAncestorsDirective(hosts) : null;
}
