import { unstable_doesMiddlewareMatch } from 'next/experimental/testing/server';
import { NextRequest } from 'next/server';
import { afterEach, describe, expect, it, vi } from 'vitest';

// Fault 11: the headers the proxy puts on API responses, and when it sends HSTS.
/** The proxy as loaded with this public URL (its settings are read once, when it loads). */
async function loadProxy(publicUrl: string | undefined) {
  vi.resetModules();
  vi.stubEnv('CLAIMLEDGER_PUBLIC_URL', publicUrl);
  return import('./proxy');
}
afterEach(() => vi.unstubAllEnvs());

const request = (path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) =>
  new NextRequest(`http://127.0.0.1:3000${path}`, { ...init, headers: { host: '127.0.0.1:3000', ...init.headers } });

const TRPC_READ = '/api/trpc/claim.list,article.list?batch=1&input=%7B%7D';
const V1_READ = '/api/v1/claims?limit=5';

describe('fault 11: the API answers with the security headers', () => {
  it.each([TRPC_READ, '/api/trpc/article.ingest', V1_READ, '/api/v1/webhooks', '/api/openapi.json', '/sign-in'])(
    'the proxy runs for %s',
    async (path) => {
      const { config } = await loadProxy(undefined);
      expect(unstable_doesMiddlewareMatch({ config, url: path })).toBe(true);
    },
  );

  it('and not for static assets', async () => {
    const { config } = await loadProxy(undefined);
    expect(unstable_doesMiddlewareMatch({ config, url: '/_next/static/chunks/main.js' })).toBe(false);
  });

  it.each([
    ['GET', TRPC_READ],
    ['POST', '/api/trpc/article.ingest'],
    ['GET', V1_READ],
    ['POST', '/api/v1/webhooks'],
  ])('%s %s: a nonce CSP, no framing, nosniff, a Referrer-Policy, and no HSTS over http', async (method, path) => {
    const { proxy } = await loadProxy(undefined);
    const response = proxy(request(path, { method, headers: { 'content-type': 'application/json' } }));
    expect(response.status).toBe(200);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/]{22}==' 'strict-dynamic'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('strict-transport-security')).toBeNull();
  });

  it('the REST API takes posts from any origin (API keys, no cookies); tRPC refuses them, with the headers', async () => {
    const { proxy } = await loadProxy(undefined);
    const origin = { origin: 'https://evil.example' };
    expect(proxy(request('/api/v1/webhooks', { method: 'POST', headers: origin })).status).toBe(200);
    const refused = proxy(request('/api/trpc/article.ingest', { method: 'POST', headers: origin }));
    expect(refused.status).toBe(403);
    expect(refused.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(refused.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('fault 11: HSTS when the site is served over https', () => {
  const HSTS = 'max-age=31536000; includeSubDomains';
  const forwardedHttps = { 'x-forwarded-proto': 'https' };

  it.each([TRPC_READ, V1_READ, '/sign-in'])(
    'no public URL set: the proxy in front says https (x-forwarded-proto) → HSTS on %s',
    async (path) => {
      const { proxy } = await loadProxy(undefined);
      expect(proxy(request(path, { headers: forwardedHttps })).headers.get('strict-transport-security')).toBe(HSTS);
      expect(
        proxy(request(path, { headers: { 'x-forwarded-proto': 'http' } })).headers.get('strict-transport-security'),
      ).toBeNull();
    },
  );

  it('a forwarded list counts by its first (client-facing) hop', async () => {
    const { proxy } = await loadProxy(undefined);
    const first = (value: string) =>
      proxy(request(V1_READ, { headers: { 'x-forwarded-proto': value } })).headers.get('strict-transport-security');
    expect(first('https, http')).toBe(HSTS);
    expect(first('http, https')).toBeNull();
  });

  it('an https public URL sends HSTS on every response, the 403 included; an http one never, whatever is forwarded', async () => {
    const secure = await loadProxy('https://claims.example.org');
    expect(secure.proxy(request(TRPC_READ)).headers.get('strict-transport-security')).toBe(HSTS);
    expect(secure.proxy(request(V1_READ)).headers.get('strict-transport-security')).toBe(HSTS);
    const refused = secure.proxy(
      request('/api/trpc/article.ingest', { method: 'POST', headers: { origin: 'https://evil.example' } }),
    );
    expect(refused.status).toBe(403);
    expect(refused.headers.get('strict-transport-security')).toBe(HSTS);

    const plain = await loadProxy('http://localhost:3000');
    expect(plain.proxy(request(V1_READ, { headers: forwardedHttps })).headers.get('strict-transport-security')).toBeNull();
  });
});
