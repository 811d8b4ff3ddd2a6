import { describe, expect, it } from 'vitest';
import { requestOrigin } from './request-origin';

// Public links (ClaimReview url, OpenAPI servers, export links) follow the request's address when
// CLAIMLEDGER_PUBLIC_URL is unset: a forged X-Forwarded-Host must not move them off this server.
const forged = new Headers({ host: '127.0.0.1:3000', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' });

describe('request origin: X-Forwarded-Host/Proto only behind a trusted proxy', () => {
  it('untrusted (the default), the Host header and plain http, whatever X-Forwarded-* say', () => {
    expect(requestOrigin(forged, { trustProxy: false })).toBe('http://127.0.0.1:3000');
  });

  it('trusted, the host and scheme the proxy forwarded (its first entry)', () => {
    expect(requestOrigin(forged, { trustProxy: true })).toBe('https://evil.example');
    const chained = new Headers({
      host: 'app:3000',
      'x-forwarded-host': 'claims.example.org, app',
      'x-forwarded-proto': 'https,http',
    });
    expect(requestOrigin(chained, { trustProxy: true })).toBe('https://claims.example.org');
  });

  it('trusted but without forwarded headers, the Host header', () => {
    expect(requestOrigin(new Headers({ host: 'app:3000' }), { trustProxy: true })).toBe('http://app:3000');
  });

  it('a host that is not a plain host name gives no origin', () => {
    expect(requestOrigin(new Headers({ host: 'evil.example/path' }), { trustProxy: false })).toBeNull();
    expect(requestOrigin(new Headers(), { trustProxy: false })).toBeNull();
  });
});
