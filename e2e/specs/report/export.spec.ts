import { readFile } from 'node:fs/promises';
import { expect, test } from '../../fixtures';

test.describe('as an editor', () => {
  test.use({ role: 'editor' });

  test('exports the demo article as ClaimReview, PDF, Markdown and CSV, and the review is public', async ({
    page,
    articlesPage,
    articlePage,
  }, testInfo) => {
    await articlesPage.goto();
    await page.getByRole('link', { name: /Riverton council approves budget/ }).click();
    await expect(articlePage.text).toBeVisible();
    const exports = page.getByRole('navigation', { name: 'Export' });

    const download = async (name: string) => {
      const [file] = await Promise.all([page.waitForEvent('download'), exports.getByRole('link', { name }).click()]);
      const target = testInfo.outputPath(file.suggestedFilename());
      await file.saveAs(target);
      return { name: file.suggestedFilename(), body: await readFile(target) };
    };

    const claimReview = await download('ClaimReview');
    expect(claimReview.name).toMatch(/^claimledger-article-\w+\.jsonld$/);
    const all = JSON.parse(claimReview.body.toString()) as Array<Record<string, unknown>>;
    // Other specs may publish more demo claims; the demo's own published review is always there.
    const reviews = all.filter((r) => (r['reviewRating'] as { alternateName?: string }).alternateName === 'Mostly false');
    expect(reviews).toHaveLength(1);
    expect(reviews[0]).toMatchObject({
      '@type': 'ClaimReview',
      reviewRating: { alternateName: 'Mostly false', ratingValue: 3, bestRating: 6, worstRating: 1 },
      itemReviewed: {
        author: { name: 'Elena Marsh' },
        appearance: { url: 'https://riverton-ledger.example/2025/03/budget-approved' },
      },
    });
    expect((await download('PDF')).body.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await download('Markdown')).body.toString()).toContain('- **Verdict:** Mostly false (approved)');
    expect((await download('CSV')).body.toString()).toMatch(/^\uFEFFclaim_id,claim,kinds/);

    const url = String(reviews[0]?.['url'] ?? '');
    await page.goto(new URL(url).pathname);
    await expect(page.getByTestId('published-verdict')).toHaveText(/^Mostly false/);
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}') as Record<
      string,
      unknown
    >;
    expect(jsonLd['claimReviewed']).toBe(reviews[0]?.['claimReviewed']);
    await page.screenshot({ path: testInfo.outputPath('published-review.png'), fullPage: true });
  });
});

test('reviewers see no export links and the export endpoint refuses them', async ({ page, articlesPage }) => {
  await articlesPage.goto();
  await page.getByRole('link', { name: /Riverton council approves budget/ }).click();
  await expect(page.getByTestId('article-text')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Export' })).toHaveCount(0);
  const res = await page.request.get('/api/exports?format=csv');
  expect(res.status()).toBe(403);
  expect(await res.json()).toEqual({
    error: { code: 'FORBIDDEN', message: 'Your role (reviewer) does not allow report:export.' },
  });
});
