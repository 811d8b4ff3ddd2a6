import { expect, test, unique } from '../../fixtures';
import { SignInPage } from '../../pages/sign-in-page';
import { publishedDemoClaim } from '../../support/demo-data';
import { startOwnServer, type OwnServer } from '../../support/own-server';
import { captureScreenshot } from '../../support/screenshot';

test.describe('not-found pages', () => {
  for (const path of ['/claims/nope123', '/articles/nope123', '/citations/nope', '/tracked/nope']) {
    test(`${path} answers 404 with the right message, rendered by the server in under a second`, async ({ page }) => {
      // The first request after the server starts loads the route's code: time a warm request.
      await page.request.get(path);
      const started = Date.now();
      const warm = await page.request.get(path);
      const elapsed = Date.now() - started;
      expect(warm.status()).toBe(404);
      expect(elapsed).toBeLessThan(1000);
      const res = await page.goto(path, { waitUntil: 'domcontentloaded' });
      expect(res?.status()).toBe(404);
      await expect(page.getByTestId('not-found')).toBeVisible();
      await expect(page.getByText('Loading…')).toHaveCount(0);
      await expect(page.getByText('no archived copy')).toHaveCount(0);
    });
  }
});

type StoredClaim = { version: number; value: number | null; low: number | null; high: number | null };

test('a value outside its range is refused by the API, and nothing is saved', async ({ api }) => {
  const article = await api.ingest({ body: `Range ${unique()}\n\nThe school hired 2 nurses in 2023.`, format: 'text' });
  const claim = article.claims[0];
  if (!claim) throw new Error('claim not extracted');
  const read = async (): Promise<StoredClaim> => {
    const res = await api.get('claim.get', { id: claim.id });
    expect(res.ok(), await res.text()).toBe(true);
    return ((await res.json()) as { result: { data: { json: StoredClaim } } }).result.data.json;
  };
  const set = await api.post('claim.updateFields', {
    id: claim.id,
    expectedVersion: (await read()).version,
    fields: { value: 2, low: 2, high: 2 },
  });
  expect(set.ok(), await set.text()).toBe(true);
  // The current version, so the refusal below is the range check and not a stale-version conflict.
  const before = await read();
  expect(before).toMatchObject({ value: 2, low: 2, high: 2 });

  const res = await api.post('claim.updateFields', { id: claim.id, expectedVersion: before.version, fields: { value: 3 } });
  expect(res.status(), await res.text()).toBe(400);
  expect(await res.text()).toContain("The value 3 is above the range's high end 2.");
  expect(await read()).toEqual(before);
});

test('the audit trail names people and fields; an untouched claim says what will appear and what to do', async ({
  api,
  workbench,
  page,
}) => {
  const article = await api.ingest({
    body: `Audit ${unique()}\n\nThe port handled 9 million containers in 2023.`,
    format: 'text',
  });
  const claim = article.claims[0];
  if (!claim) throw new Error('claim not extracted');
  await workbench.goto(claim.id);
  await expect(page.getByTestId('audit-empty')).toContainText('Nothing has changed yet');
  await expect(page.getByTestId('audit-empty')).toContainText('To start, assign the claim to yourself or move it to In review');
  await expect(workbench.citations.getByRole('heading', { level: 2 })).toHaveText('Citations (0)');
  await expect(workbench.citations.getByTestId('citations-empty')).toContainText(
    'No sources cited yet. Add the source that confirms or refutes the claim below',
  );
  await expect(page.evaluate(() => window.scrollY)).resolves.toBe(0);
  await expect(page.locator('.site-header')).toBeInViewport();
  const me = (await (await api.get('auth.me', null)).json()) as { result: { data: { json: { id: string } } } };
  const res = await api.post('claim.assign', { claimId: claim.id, assigneeId: me.result.data.json.id });
  expect(res.ok(), await res.text()).toBe(true);
  await page.reload();
  await expect(workbench.auditTrail()).toContainText('changed the assignee');
  await expect(workbench.auditTrail()).toContainText('Assignee: — → Rita Reviewer');
  await expect(workbench.auditTrail()).not.toContainText('assigneeId');
});

test('an article without claims says why and what to do next', async ({ api, articlePage, page }) => {
  const article = await api.ingest({
    body: `Walk ${unique()}\n\nThe morning was bright and everyone enjoyed the walk along the river.`,
    format: 'text',
  });
  expect(article.claims).toHaveLength(0);
  await articlePage.goto(article.id);
  const empty = page.getByTestId('no-claims');
  await expect(empty).toContainText('No checkable claim was found in this article.');
  await expect(page.getByRole('heading', { name: '0 claims' })).toBeVisible();
  await empty.getByRole('link', { name: 'Add another article' }).click();
  await expect(page).toHaveURL(/\/articles\/new$/);
});

test('an empty filter says so and offers to clear it', async ({ page }) => {
  // No claim belongs to an article that does not exist, whatever other specs left behind.
  await page.goto('/claims?state=void&article=nosucharticle0');
  const empty = page.getByTestId('queue-empty');
  await expect(empty).toContainText('No claim matches these filters.');
  await empty.getByRole('button', { name: 'Clear the filters' }).click();
  await expect(page).toHaveURL(/\/claims$/);
  await expect(page.getByTestId('queue').locator('tbody tr').first()).toBeVisible();
});

test('the favicon is served', async ({ request }) => {
  const res = await request.get('/favicon.ico');
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toMatch(/icon/);
});

test.describe('a fresh server without CLAIMLEDGER_PUBLIC_URL', () => {
  // Its own server on another port, so the links cannot be right by being hard-wired to the
  // usual e2e address; no CLAIMLEDGER_PUBLIC_URL, and PORT says 3000 as in the issue.
  let server: OwnServer;
  test.beforeAll(async () => {
    test.setTimeout(180_000);
    server = await startOwnServer(10, { CLAIMLEDGER_PUBLIC_URL: undefined, CLAIMLEDGER_ORG_URL: undefined, PORT: '3000' });
  });
  test.afterAll(async () => server.stop());

  test('with no API key or webhook yet, their pages say what to do', async ({ browser }) => {
    // Runs before the test below creates a key: a fresh database has neither.
    const context = await browser.newContext({ baseURL: server.baseURL });
    const page = await context.newPage();
    await new SignInPage(page).signInAs('admin');
    await page.goto('/admin/keys');
    await expect(page.getByTestId('api-keys-empty')).toContainText('No API keys yet. Create one above');
    await expect(page.getByTestId('api-keys')).toHaveCount(0);
    await page.goto('/admin/webhooks');
    await expect(page.getByTestId('webhooks-empty')).toContainText('No webhooks yet. Register a receiver URL above');
    await context.close();
  });

  test('public links follow the address the request came to, not port 3000', async ({ browser }) => {
    const { baseURL } = server;
    // Requests come to 127.0.0.1; the fallback outside requests would be localhost.
    expect(server.log()).toContain('public links use the address each request came to');
    const context = await browser.newContext({ baseURL });
    const page = await context.newPage();
    await new SignInPage(page).signInAs('admin');
    const request = page.request;

    const doc = (await (await request.get('/api/openapi.json')).json()) as { servers: Array<{ url: string }> };
    expect(doc.servers[0]?.url).toBe(`${baseURL}/api`);

    const exported = await request.get('/api/exports?format=claimreview&state=approved');
    expect(exported.ok(), await exported.text()).toBe(true);
    const reviews = JSON.parse(await exported.text()) as Array<{ url: string; author: { url: string } }>;
    expect(reviews.length).toBeGreaterThan(0);
    for (const review of reviews) {
      expect(review.url.startsWith(`${baseURL}/published/`), review.url).toBe(true);
      expect(review.author.url).toBe(baseURL);
    }
    const markdown = await (await request.get('/api/exports?format=markdown&state=approved')).text();
    expect(markdown).toContain(`${baseURL}/published/`);
    expect(markdown).not.toContain(':3000');

    const claim = await publishedDemoClaim(request);
    await page.goto(`/published/${claim.id}`);
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}') as {
      url: string;
    };
    expect(jsonLd.url).toBe(`${baseURL}/published/${claim.id}`);

    const created = await request.post('/api/trpc/key.create', {
      data: { json: { name: 'Public links', scopes: ['claims:read'] } },
    });
    expect(created.ok(), await created.text()).toBe(true);
    const { token } = ((await created.json()) as { result: { data: { json: { token: string } } } }).result.data.json;
    const status = await request.get(`/api/v1/claims/${claim.id}`, { headers: { authorization: `Bearer ${token}` } });
    expect(await status.json()).toMatchObject({ claimReviewUrl: `${baseURL}/published/${claim.id}` });
    await context.close();
  });
});

test.describe('a reader of a published review', () => {
  test.use({ role: 'editor' });

  test('sees the claim as said, who said it, the verdict badge and sources with archived copies, and no internal navigation', async ({
    page,
    browser,
    baseURL,
  }, testInfo) => {
    const claim = await publishedDemoClaim(page.request);
    const reader = await (await browser.newContext()).newPage();
    await reader.goto(`/published/${claim.id}`);
    await expect(reader.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
    await expect(reader.getByRole('link', { name: 'Add article' })).toHaveCount(0);
    const jsonLd = JSON.parse((await reader.locator('script[type="application/ld+json"]').textContent()) ?? '{}') as {
      claimReviewed: string;
      url: string;
    };
    // The demo sentence is a quote with its own quotation marks: shown once, not wrapped again.
    expect(jsonLd.claimReviewed).toMatch(/^"/);
    await expect(reader.getByTestId('published-claim')).toHaveText(jsonLd.claimReviewed);
    expect(jsonLd.url).toBe(`${baseURL}/published/${claim.id}`);
    await expect(reader.getByTestId('published-attribution')).toContainText('Marsh');
    await expect(reader.getByTestId('published-verdict')).toContainText('Mostly false');
    await expect(reader.getByTestId('published-verdict')).toContainText(/\d of \d/);
    await captureScreenshot(reader, testInfo, 'published-review.png');
    await reader
      .getByRole('link', { name: /archived copy of/ })
      .first()
      .click();
    await expect(reader.getByTestId('archived-text').locator('mark')).toBeVisible();
    await reader.context().close();
  });
});
