import { expect, test, unique } from '../../fixtures';
import { publishedDemoClaim } from '../../support/demo-data';

test.describe('not-found pages', () => {
  for (const path of ['/claims/nope123', '/articles/nope123', '/citations/nope']) {
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

// Known failure (issue 15 note): the spec sends a stale version and gets 409 before the range check.
test.fixme('a value outside its range is refused by the API, and nothing is saved', async ({ api }) => {
  const article = await api.ingest({ body: `Range ${unique()}\n\nThe school hired 2 nurses in 2023.`, format: 'text' });
  const claim = article.claims[0];
  if (!claim) throw new Error('claim not extracted');
  const set = await api.post('claim.updateFields', {
    id: claim.id,
    expectedVersion: claim.version,
    fields: { value: 2, low: 2, high: 2 },
  });
  expect(set.ok(), await set.text()).toBe(true);
  const res = await api.post('claim.updateFields', { id: claim.id, expectedVersion: claim.version + 1, fields: { value: 3 } });
  expect(res.status()).toBe(400);
  expect(await res.text()).toContain("The value 3 is above the range's high end 2.");
});

test('the audit trail names people and fields; an untouched claim says what will appear', async ({ api, workbench, page }) => {
  const article = await api.ingest({
    body: `Audit ${unique()}\n\nThe port handled 9 million containers in 2023.`,
    format: 'text',
  });
  const claim = article.claims[0];
  if (!claim) throw new Error('claim not extracted');
  await workbench.goto(claim.id);
  await expect(page.getByTestId('audit-empty')).toContainText('Nothing has changed yet');
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

test.describe('public links without CLAIMLEDGER_PUBLIC_URL', () => {
  test.use({ role: 'editor' });

  // Known failure (issue 15 note): the ClaimReview export's url does not follow the request's address yet.
  test.fixme('follow the address the request came to, not port 3000', async ({ request, baseURL }) => {
    const doc = (await (await request.get('/api/openapi.json')).json()) as { servers: Array<{ url: string }> };
    expect(doc.servers[0]?.url).toBe(`${baseURL}/api`);
    const csv = await request.get('/api/exports?format=claimreview&state=approved');
    expect(csv.ok()).toBe(true);
    const reviews = JSON.parse(await csv.text()) as Array<{ url: string }>;
    expect(reviews[0]?.url.startsWith(`${baseURL}/published/`)).toBe(true);
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
    await expect(reader.getByTestId('published-claim')).toHaveText(`“${jsonLd.claimReviewed}”`);
    expect(jsonLd.url).toBe(`${baseURL}/published/${claim.id}`);
    await expect(reader.getByTestId('published-attribution')).toContainText('Marsh');
    await expect(reader.getByTestId('published-verdict')).toContainText('Mostly false');
    await expect(reader.getByTestId('published-verdict')).toContainText(/\d of \d/);
    await reader.screenshot({ path: testInfo.outputPath('published-review.png'), fullPage: true });
    await reader
      .getByRole('link', { name: /archived copy of/ })
      .first()
      .click();
    await expect(reader.getByTestId('archived-text').locator('mark')).toBeVisible();
    await reader.context().close();
  });
});
