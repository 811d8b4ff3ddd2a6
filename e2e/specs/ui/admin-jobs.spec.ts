import { expect, test } from '../../fixtures';

test.describe('as admin', () => {
  test.use({ role: 'admin' });

  test('/admin/jobs shows every job kind with its counts by state, and the failure list', async ({ page }) => {
    await page.goto('/admin/jobs');
    await expect(page.getByRole('heading', { name: 'Jobs', level: 1 })).toBeVisible();
    const counts = page.getByTestId('job-counts');
    for (const kind of ['ingest', 'webhook-deliver', 'citation-archive', 'source-poll', 'dead-letter'])
      await expect(counts.getByRole('rowheader', { name: kind, exact: true })).toBeVisible();
    await expect(counts.getByRole('columnheader', { name: 'failed' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Failures' })).toBeVisible();
  });
});

test.describe('as editor', () => {
  test.use({ role: 'editor' });

  test('/admin/jobs answers 403 and says why', async ({ page }) => {
    const res = await page.goto('/admin/jobs');
    expect(res?.status()).toBe(403);
    await expect(page.getByTestId('forbidden')).toContainText('with the editor role');
  });
});
