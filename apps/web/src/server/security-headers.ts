// Pure functions (no 'server-only'): the proxy uses them and tests call them directly.

/** A fresh, unguessable nonce for one response's scripts (128 random bits, base64). */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The Content-Security-Policy of every page: scripts only with this response's nonce (and what
 * they load, 'strict-dynamic'); everything else from this origin; no plugins, no framing, no
 * foreign form targets or <base>. Inline style attributes stay allowed (React style props).
 */
export function contentSecurityPolicy(nonce: string, { dev = false } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Every response's security headers; HSTS only when the site is served over https. */
export function securityHeaders(nonce: string, options: { https: boolean; dev?: boolean }): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(nonce, { dev: options.dev }),
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
    ...(options.https ? { 'Strict-Transport-Security': 'max-age=31536000; includeSubDomains' } : {}),
  };
}

/** Whether the site is served over https: the configured public URL, or the proxy's forwarded scheme. */
export function isServedOverHttps(headers: Headers, publicUrl: string | undefined): boolean {
  if (publicUrl) return publicUrl.toLowerCase().startsWith('https:');
  return headers.get('x-forwarded-proto')?.split(',')[0]?.trim() === 'https';
}

/**
 * A state-changing browser request (a form post, a server action or a tRPC mutation: anything
 * but GET/HEAD/OPTIONS, except the API-key-only REST API under /api/v1) whose Origin is another
 * site: refused with 403 and a message, where Next.js would fail a server action with a 500.
 * Session cookies are SameSite=Lax already; this also covers same-site subdomains. No Origin
 * header (server-to-server clients, old browsers) passes; the literal "null" origin (sandboxed
 * frames, privacy redirects) does not.
 */
export function foreignOriginOf(method: string, pathname: string, headers: Headers): string | null {
  if (['GET', 'HEAD', 'OPTIONS'].includes(method.toUpperCase()) || pathname.startsWith('/api/v1/')) return null;
  const origin = headers.get('origin');
  if (origin === null) return null;
  const host = headers.get('x-forwarded-host')?.split(',')[0]?.trim() || headers.get('host');
  let originHost: string | null = null;
  try {
    originHost = origin === 'null' ? null : new URL(origin).host;
  } catch {
    originHost = null;
  }
  return originHost !== null && host !== null && originHost.toLowerCase() === host.toLowerCase() ? null : origin;
}

export const foreignOriginMessage = (origin: string) =>
  `Refused: this request was sent from another site (${origin.slice(0, 200)}). Open ClaimLedger directly and try again there.`;
