import { expect, test } from '../../fixtures';

// Issue 14, faults 9 and 11: the headers of real responses, and pages working under the CSP.

test.describe('security headers', () => {
  test.use({ role: null });

  test('every page answers with a nonce CSP, no framing, a Referrer-Policy, and no HSTS over http', async ({ request }) => {
    const nonces: string[] = [];
    for (const path of ['/sign-in', '/articles', '/no-such-page']) {
      const res = await request.get(path, { maxRedirects: 0 });
      const headers = res.headers();
      const csp = headers['content-security-policy'] ?? '';
      const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(csp)?.[1] ?? '';
      expect(nonce, `${path}: ${csp}`).not.toBe('');
      nonces.push(nonce);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain("'unsafe-inline' 'strict-dynamic'");
      expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['strict-transport-security']).toBeUndefined();
      if (res.status() === 200 || res.status() === 404) {
        // Every script the page carries has this response's nonce.
        const html = await res.text();
        const scripts = html.match(/<script\b[^>]*>/g) ?? [];
        expect(scripts.length).toBeGreaterThan(0);
        for (const tag of scripts) expect(tag, `${path}: ${tag}`).toContain(`nonce="${nonce}"`);
      }
    }
    expect(new Set(nonces).size).toBe(nonces.length);
  });

  test('the API answers with the same headers', async ({ request }) => {
    const res = await request.get('/api/openapi.json');
    expect(res.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers()['referrer-policy']).toBe('strict-origin-when-cross-origin');
  });

  test('tRPC and REST responses carry the headers too, whatever their status', async ({ request }) => {
    for (const path of ['/api/trpc/article.list?input=%7B%7D', '/api/v1/claims']) {
      const res = await request.get(path);
      const headers = res.headers();
      expect(headers['content-security-policy'], path).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
      expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
      expect(headers['x-frame-options'], path).toBe('DENY');
      expect(headers['x-content-type-options'], path).toBe('nosniff');
      expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
      expect(headers['strict-transport-security'], path).toBeUndefined();
    }
  });

  test('behind a proxy that terminates https (x-forwarded-proto), every response sends HSTS', async ({ request }) => {
    // The test server has no CLAIMLEDGER_PUBLIC_URL: the forwarded scheme decides.
    for (const path of ['/sign-in', '/api/trpc/article.list?input=%7B%7D', '/api/v1/claims']) {
      const res = await request.get(path, { headers: { 'x-forwarded-proto': 'https' }, maxRedirects: 0 });
      expect(res.headers()['strict-transport-security'], path).toBe('max-age=31536000; includeSubDomains');
    }
  });

  test('a forged X-Forwarded-Host does not move public links (no trusted proxy here)', async ({ request, baseURL }) => {
    const headers = { 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' };
    const doc = (await (await request.get('/api/openapi.json', { headers })).json()) as { servers: Array<{ url: string }> };
    expect(doc.servers).toEqual([{ url: `${baseURL}/api` }]);
  });

  test('the sign-in page works under its CSP, with no violation reported', async ({ page, signInPage }) => {
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await signInPage.signInAs('viewer');
    await page.goto('/articles');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(violations).toEqual([]);
  });

  test('a sign-in posted from another site gets 403 with a message, not 500', async ({ request }) => {
    const res = await request.post('/sign-in', {
      headers: { origin: 'https://evil.example', 'next-action': 'x' },
      multipart: { email: 'reviewer@demo.claimledger.org', password: 'guess' },
      maxRedirects: 0,
    });
    expect(res.status()).toBe(403);
    expect(await res.text()).toContain('this request was sent from another site (https://evil.example)');
  });

  test('a tRPC mutation from another site gets 403 too', async ({ request }) => {
    const res = await request.post('/api/trpc/article.ingest', {
      headers: { origin: 'https://evil.example' },
      data: { json: { body: 'Prices rose 5 percent.', format: 'text' } },
    });
    expect(res.status()).toBe(403);
    expect(await res.text()).toContain('this request was sent from another site');
  });
});
