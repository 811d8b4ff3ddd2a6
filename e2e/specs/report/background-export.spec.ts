import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { expect, test } from '../../fixtures';

test.describe('as an editor', () => {
  test.use({ role: 'editor' });

  test('prepares a CSV in the background, downloads it, and the job shows on /admin/jobs', async ({
    page,
    articlesPage,
    articlePage,
    otherPerson,
  }, testInfo) => {
    await articlesPage.goto();
    await page.getByRole('link', { name: /Riverton council approves budget/ }).click();
    await expect(articlePage.text).toBeVisible();
    const exports = page.getByRole('navigation', { name: 'Export' });
    const save = async (file: Download) => {
      const target = testInfo.outputPath(`${Date.now()}-${file.suggestedFilename()}`);
      await file.saveAs(target);
      return { name: file.suggestedFilename(), body: await readFile(target) };
    };

    await exports.getByRole('button', { name: 'In background…' }).click();
    await exports.getByLabel('Background export format').selectOption('csv');
    await exports.getByRole('button', { name: 'Prepare in background' }).click();
    const link = exports.getByRole('link', { name: /^Download claimledger-article-\w+\.csv/ });
    await expect(link).toBeVisible({ timeout: 30_000 });
    const prepared = await save((await Promise.all([page.waitForEvent('download'), link.click()]))[0]);
    const direct = await save(
      (await Promise.all([page.waitForEvent('download'), exports.getByRole('link', { name: 'CSV', exact: true }).click()]))[0],
    );
    expect(prepared.name).toBe(direct.name);
    expect(prepared.body.toString()).toMatch(/^\uFEFFclaim_id,claim,kinds/);
    expect(prepared.body.equals(direct.body)).toBe(true);

    const admin: Page = await otherPerson('admin');
    await admin.goto('/admin/jobs');
    const exportRow = admin
      .getByTestId('job-counts')
      .getByRole('row')
      .filter({ has: admin.getByRole('rowheader', { name: 'export', exact: true }) });
    // This test's job is counted as completed (cells: created, retry, active, completed, …).
    await expect(async () => {
      await admin.reload();
      await expect(exportRow.getByRole('cell').nth(3)).not.toHaveText('0', { timeout: 1_000 });
    }).toPass({ timeout: 20_000 });
  });
});

test('a reviewer cannot download a background export', async ({ page }) => {
  const res = await page.request.get('/api/exports/abc123');
  expect(res.status()).toBe(403);
  expect(await res.json()).toEqual({
    error: { code: 'FORBIDDEN', message: 'Your role (reviewer) does not allow report:export.' },
  });
});
