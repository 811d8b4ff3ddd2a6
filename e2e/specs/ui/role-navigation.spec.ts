import { expect, test } from '../../fixtures';

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
    for (const path of ['/articles/new', '/admin/scale', '/admin/keys', '/admin/webhooks']) {
      const res = await page.goto(path);
      expect(res?.status(), path).toBe(403);
      await expect(page.getByTestId('forbidden')).toContainText('with the viewer role');
      await expect(page.getByLabel('Title')).toHaveCount(0);
    }
    await page.goto('/claims');
    await expect(page.getByTestId('queue-count')).toContainText('o open');
    await expect(page.getByTestId('queue-count')).not.toContainText('assign to me');
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
