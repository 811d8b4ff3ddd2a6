import type { APIRequestContext } from '@playwright/test';
import { expect, test, unique } from '../../fixtures';

type Made = { id: string; version: number };

/** Through the tRPC endpoint as the person signed in on `request`. */
async function call<T>(request: APIRequestContext, path: string, input: unknown): Promise<T> {
  const res = await request.post(`/api/trpc/${path}`, { data: { json: input } });
  expect(res.ok(), await res.text()).toBe(true);
  return ((await res.json()) as { result: { data: { json: T } } }).result.data.json;
}

async function me(request: APIRequestContext): Promise<{ id: string }> {
  const res = await request.get(`/api/trpc/auth.me?input=${encodeURIComponent(JSON.stringify({ json: null }))}`);
  expect(res.ok(), await res.text()).toBe(true);
  return ((await res.json()) as { result: { data: { json: { id: string } } } }).result.data.json;
}

/** A new claim, ingested by the person signed in on `request`. */
async function newClaim(request: APIRequestContext, sentence: string): Promise<Made> {
  const { article } = await call<{ article: { claims: Made[] } }>(request, 'article.ingest', {
    body: `Roles ${unique()}\n\n${sentence}`,
    format: 'text',
  });
  const claim = article.claims[0];
  if (!claim) throw new Error('claim not extracted');
  return claim;
}

const EXPECTED: Record<'viewer' | 'reviewer' | 'editor' | 'admin', string[]> = {
  viewer: ['Inbox', 'Queue', 'Articles'],
  reviewer: ['Inbox', 'Queue', 'Articles', 'Add article'],
  editor: ['Dashboard', 'Inbox', 'Queue', 'Articles', 'Add article', 'Sources'],
  admin: [
    'Dashboard',
    'Inbox',
    'Queue',
    'Articles',
    'Add article',
    'Sources',
    'Verdict scale',
    'API keys',
    'Webhooks',
    'Claim matching',
    'Jobs',
  ],
};

for (const role of ['viewer', 'reviewer', 'editor', 'admin'] as const) {
  test.describe(`as ${role}`, () => {
    test.use({ role });

    test('the navigation shows exactly the pages this role can use', async ({ page }) => {
      await page.goto('/claims');
      const links = page.getByRole('navigation', { name: 'Main' }).getByRole('link');
      await expect(links).toHaveText(EXPECTED[role].map((label) => new RegExp(`^${label}`)));
    });
  });
}

test.describe('as viewer, on direct access', () => {
  test.use({ role: 'viewer' });

  test('pages the role cannot use answer 403 and say why; the queue offers no assignment key', async ({ page }) => {
    for (const path of [
      '/articles/new',
      '/admin/scale',
      '/admin/keys',
      '/admin/webhooks',
      '/admin/sources',
      '/admin/matching',
      '/admin/jobs',
    ]) {
      const res = await page.goto(path);
      expect(res?.status(), path).toBe(403);
      await expect(page.getByTestId('forbidden')).toContainText('with the viewer role');
      await expect(page.getByLabel('Title')).toHaveCount(0);
    }
    await page.goto('/claims');
    await expect(page.getByTestId('queue-count')).toContainText('o open');
    await expect(page.getByTestId('queue-count')).not.toContainText('assign to me');
  });

  test('the workbench shows the claim but no control that would change it', async ({ page, otherPerson }) => {
    // A claim in review, where a reviewer would see moves, the verdict form and every other control.
    const reviewer = await otherPerson('reviewer');
    const claim = await newClaim(reviewer.request, 'The council spent 4.5 million euros on road repairs in 2023.');
    await call(reviewer.request, 'claim.moveState', { id: claim.id, to: 'in_review', expectedVersion: claim.version });

    await page.goto(`/claims/${claim.id}`);
    const header = page.getByRole('region', { name: 'Claim', exact: true });
    await expect(header.getByTestId('state-badge')).toHaveText('In review');
    await expect(page.getByRole('region', { name: 'Verdict' })).toContainText('No verdict yet.');
    await expect(page.getByRole('region', { name: 'Activity' }).getByRole('heading', { name: 'Audit trail' })).toBeVisible();
    await expect(page.getByRole('button', { name: /^Move to / })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Assign to me' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Unassign' })).toHaveCount(0);
    await expect(page.getByLabel('Assignee')).toHaveCount(0);
    await expect(page.getByLabel('Comment', { exact: true })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Add comment' })).toHaveCount(0);
    await expect(page.getByRole('form', { name: 'Add citation' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Add citation' })).toHaveCount(0);
    await expect(page.getByRole('form', { name: 'Verdict form' })).toHaveCount(0);
    await expect(page.getByRole('radio')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Edit fields' })).toHaveCount(0);
  });
});

test.describe('as reviewer, on a claim someone else has', () => {
  test('no "Assign to me" or other control the service would refuse, and the page says who has it', async ({
    page,
    otherPerson,
  }) => {
    const editor = await otherPerson('editor');
    const taken = await newClaim(editor.request, 'The airport handled 7.3 million passengers in 2023.');
    await call(editor.request, 'claim.moveState', { id: taken.id, to: 'in_review', expectedVersion: taken.version });
    await call(editor.request, 'claim.assign', { claimId: taken.id, assigneeId: (await me(editor.request)).id });
    const refused = await page.request.post('/api/trpc/claim.assign', {
      data: { json: { claimId: taken.id, assigneeId: (await me(page.request)).id } },
    });
    expect(refused.status()).toBe(403);

    await page.goto(`/claims/${taken.id}`);
    const header = page.getByRole('region', { name: 'Claim', exact: true });
    await expect(header.getByTestId('assignee')).toContainText('Assigned to: Eddie');
    await expect(header.getByTestId('held-by-other')).toContainText('has this claim; ask an editor to reassign it.');
    await expect(header.getByRole('button', { name: 'Assign to me' })).toHaveCount(0);
    await expect(header.getByRole('button', { name: /^Move to / })).toHaveCount(0);
    // Citations, field edits and the verdict are refused on someone else's claim too.
    await expect(page.getByRole('region', { name: 'Verdict' })).toContainText('No verdict yet.');
    await expect(page.getByRole('form', { name: 'Verdict form' })).toHaveCount(0);
    await expect(page.getByRole('form', { name: 'Add citation' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Add citation' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Edit fields' })).toHaveCount(0);

    // An unassigned claim still offers them.
    const free = await newClaim(editor.request, 'The library lent 310,000 books in 2023.');
    await page.goto(`/claims/${free.id}`);
    await expect(header.getByRole('button', { name: 'Assign to me' })).toBeVisible();
    await expect(header.getByTestId('held-by-other')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Edit fields' })).toBeVisible();
    await expect(
      page
        .getByRole('form', { name: 'Add citation' })
        .or(page.getByRole('button', { name: 'Add citation' }))
        .first(),
    ).toBeVisible();
  });
});

test.describe('signed out', () => {
  test.use({ role: null });

  test('a visitor sees no internal navigation', async ({ page }) => {
    await page.goto('/sign-in');
    await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Queue' })).toHaveCount(0);
  });
});
