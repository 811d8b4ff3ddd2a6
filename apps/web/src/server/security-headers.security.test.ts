import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, foreignOriginOf, isServedOverHttps, newNonce, securityHeaders } from './security-headers';

// Fault 11 (and the foreign-Origin part of fault 9): the headers every page answers with.
describe('fault 11: security headers', () => {
  it('a fresh nonce per response, unguessable and CSP-safe', () => {
    const nonces = new Set(Array.from({ length: 200 }, newNonce));
    expect(nonces.size).toBe(200);
    for (const n of nonces) expect(n).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });

  it('the CSP allows scripts only with the nonce, forbids framing, plugins, <base> and foreign forms', () => {
    const csp = contentSecurityPolicy('abc123==');
    const directives = new Map(csp.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]));
    expect(directives.get('script-src')).toBe("'self' 'nonce-abc123==' 'strict-dynamic'");
    expect(directives.get('script-src')).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(directives.get('default-src')).toBe("'self'");
    expect(directives.get('frame-ancestors')).toBe("'none'");
    expect(directives.get('object-src')).toBe("'none'");
    expect(directives.get('base-uri')).toBe("'self'");
    expect(directives.get('form-action')).toBe("'self'");
    expect(contentSecurityPolicy('n', { dev: true })).toContain("'unsafe-eval'");
  });

  it('Referrer-Policy always, HSTS only over https', () => {
    const plain = securityHeaders('n', { https: false });
    expect(plain['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    expect(plain['X-Content-Type-Options']).toBe('nosniff');
    expect(plain['Strict-Transport-Security']).toBeUndefined();
    expect(securityHeaders('n', { https: true })['Strict-Transport-Security']).toBe('max-age=31536000; includeSubDomains');
  });

  it('https is the configured public URL, else the forwarded scheme', () => {
    expect(isServedOverHttps(new Headers(), 'https://claims.example.org')).toBe(true);
    expect(isServedOverHttps(new Headers({ 'x-forwarded-proto': 'https' }), 'http://localhost:3000')).toBe(false);
    expect(isServedOverHttps(new Headers({ 'x-forwarded-proto': 'https' }), undefined)).toBe(true);
    expect(isServedOverHttps(new Headers({ 'x-forwarded-proto': 'http' }), undefined)).toBe(false);
  });
});

describe('fault 9: a form post from another site is refused with 403, not failed with 500', () => {
  const h = (entries: Record<string, string>) => new Headers(entries);
  it.each([
    ['https://evil.example', 'claims.example.org'],
    ['null', 'claims.example.org'],
    ['http://claims.example.org.evil.example', 'claims.example.org'],
    ['not a url', 'claims.example.org'],
  ])('Origin %s to %s is foreign', (origin, host) => {
    expect(foreignOriginOf('POST', '/sign-in', h({ origin, host }))).toBe(origin);
  });

  it('a tRPC mutation from another site is refused too', () => {
    expect(
      foreignOriginOf('POST', '/api/trpc/article.ingest', h({ origin: 'https://evil.example', host: 'claims.example.org' })),
    ).toBe('https://evil.example');
  });

  it('same origin, no Origin, reads and the API-key REST API pass', () => {
    expect(foreignOriginOf('POST', '/sign-in', h({ origin: 'http://127.0.0.1:3100', host: '127.0.0.1:3100' }))).toBeNull();
    expect(
      foreignOriginOf(
        'POST',
        '/sign-in',
        h({ origin: 'https://claims.example.org', host: 'app:3000', 'x-forwarded-host': 'claims.example.org' }),
      ),
    ).toBeNull();
    expect(foreignOriginOf('POST', '/sign-in', h({ host: 'claims.example.org' }))).toBeNull();
    expect(foreignOriginOf('GET', '/sign-in', h({ origin: 'https://evil.example', host: 'claims.example.org' }))).toBeNull();
    expect(
      foreignOriginOf('POST', '/api/v1/webhooks', h({ origin: 'https://evil.example', host: 'claims.example.org' })),
    ).toBeNull();
  });
});
