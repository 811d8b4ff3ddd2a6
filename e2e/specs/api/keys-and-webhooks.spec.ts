import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '../../fixtures';
import { WorkbenchPage } from '../../pages/workbench-page';

test.describe('as an admin', () => {
  test.use({ role: 'admin' });

  test('creates an API key shown once, a consumer reads a claim over REST, revoking stops it', async ({
    page,
    request,
  }, testInfo) => {
    await page.goto('/admin/keys');
    const form = page.getByRole('form', { name: 'New API key' });
    await form.getByLabel('Name').fill('Fact-check widget');
    await form.getByRole('button', { name: 'Create key' }).click();
    const token = (await page.getByTestId('new-key-token').textContent()) ?? '';
    expect(token).toMatch(/^clk_[a-z0-9]{10}_/);
    await expect(page.getByTestId('api-keys')).toContainText(`clk_${token.slice(4, 14)}_…`);
    await expect(page.getByTestId('api-keys')).not.toContainText(token);
    await page.screenshot({ path: testInfo.outputPath('api-keys.png'), fullPage: true });

    const doc = (await (await request.get('/api/openapi.json')).json()) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toContain('/v1/claims/{id}');

    const lookup = await request.get('/api/v1/claims/lookup?text=38%20percent', {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(lookup.status()).toBe(200);
    expect(lookup.headers()['ratelimit']).toMatch(/^limit=\d+, remaining=\d+, reset=\d+$/);
    const { items } = (await lookup.json()) as {
      items: Array<{ id: string; published: boolean; verdict: { name: string } | null; claimReviewUrl: string | null }>;
    };
    const published = items.find((c) => c.published);
    expect(published?.verdict?.name).toBe('Mostly false');
    const status = await request.get(`/api/v1/claims/${published?.id}`, { headers: { authorization: `Bearer ${token}` } });
    expect(await status.json()).toMatchObject({
      published: true,
      claimReviewUrl: expect.stringContaining(`/published/${published?.id}`),
    });

    // The same procedure over tRPC, with the same key.
    const input = encodeURIComponent(JSON.stringify({ json: { id: published?.id } }));
    const overTrpc = await request.get(`/api/trpc/v1.claimStatus?input=${input}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(overTrpc.status()).toBe(200);
    expect(((await overTrpc.json()) as { result: { data: { json: { published: boolean } } } }).result.data.json.published).toBe(
      true,
    );

    await page
      .getByTestId('api-keys')
      .getByRole('row', { name: /Fact-check widget/ })
      .getByRole('button', { name: 'Revoke' })
      .click();
    await expect(page.getByTestId('api-keys').getByRole('row', { name: /Fact-check widget/ })).toContainText('revoked');
    const refused = await request.get(`/api/v1/claims/${published?.id}`, { headers: { authorization: `Bearer ${token}` } });
    expect(refused.status()).toBe(401);
    expect(((await refused.json()) as { message: string }).message).toMatch(/^This API key was revoked on /);
  });

  test('registers a webhook; publishing a claim delivers a signed event, visible with its response', async ({
    page,
    otherPerson,
  }) => {
    const received: Array<{ body: string; signature: string }> = [];
    const receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        received.push({ body, signature: String(req.headers['claimledger-signature']) });
        res.writeHead(200).end('thanks');
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    try {
      await page.goto('/admin/webhooks');
      const form = page.getByRole('form', { name: 'New webhook' });
      // Claim events by default; inbox notices are offered but only on request.
      await expect(form.getByRole('checkbox', { name: 'claim.published' })).toBeChecked();
      await expect(form.getByRole('checkbox', { name: 'inbox.item' })).not.toBeChecked();
      await form.getByLabel('Receiver URL').fill(`http://127.0.0.1:${(receiver.address() as AddressInfo).port}/claimledger`);
      await form.getByRole('button', { name: 'Register webhook' }).click();
      const hook = page.getByTestId('webhook').first();
      const secret = (await hook.locator('code').first().textContent()) ?? '';
      expect(secret).toMatch(/^whsec_/);

      // The demo has a review waiting for its second review; an editor approves it.
      const editor = await otherPerson('editor');
      await editor.goto('/claims?state=submitted');
      await editor
        .getByTestId('queue')
        .getByRole('link', { name: /240 new teachers/ })
        .click();
      const bench = new WorkbenchPage(editor);
      await bench.verdict.getByTestId('second-review').getByRole('button', { name: 'Approve and publish' }).click();
      await expect(bench.state()).toHaveText('Approved (published)');

      await expect.poll(() => received.length, { timeout: 15_000 }).toBe(1);
      const [delivery] = received;
      expect(JSON.parse(delivery?.body ?? '{}')).toMatchObject({
        event: 'claim.published',
        claim: { text: '240 new teachers', verdict: { name: 'Mostly true' } },
      });
      const [, t, v1] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(delivery?.signature ?? '') ?? [];
      expect(v1).toBe(createHmac('sha256', secret).update(`${t}.${delivery?.body}`).digest('hex'));
      await expect(hook.getByTestId('deliveries')).toContainText('delivered', { timeout: 10_000 });
      await expect(hook.getByTestId('deliveries')).toContainText('200 thanks');
    } finally {
      receiver.close();
    }
  });
});
