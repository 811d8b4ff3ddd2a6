import { expect, test, unique } from '../../fixtures';

test('a reviewer moves a claim through the workflow', async ({ api, articlePage, page }, testInfo) => {
  const article = await api.ingest({ body: `Transit ${unique()}\n\nThe city bought 40 electric buses in 2023.`, format: 'text' });
  await articlePage.goto(article.id);
  await articlePage.selectClaim('40 electric buses');
  await expect(articlePage.state()).toHaveText('New');
  await articlePage.move('In review');
  await expect(articlePage.state()).toHaveText('In review');
  await expect(articlePage.panel.getByRole('button', { name: /Move to (Submitted|Approved)/ })).toHaveCount(0);
  await articlePage.move('Not checkworthy');
  await expect(articlePage.state()).toHaveText('Not checkworthy');
  await page.reload();
  await articlePage.selectClaim('40 electric buses');
  await expect(articlePage.state()).toHaveText('Not checkworthy');
  await page.screenshot({ path: testInfo.outputPath('workflow.png'), fullPage: true });
});

test('a stale page gets a conflict message instead of overwriting another change', async ({ api, articlePage }) => {
  const article = await api.ingest({ body: `Parks ${unique()}\n\nThe council opened 12 parks in 2022.`, format: 'text' });
  const claim = article.claims.find((c) => c.text.startsWith('12 parks'));
  if (!claim) throw new Error('claim not extracted');
  await articlePage.goto(article.id);
  await articlePage.selectClaim('12 parks');
  await api.moveState(claim.id, 'in_review', claim.version);
  await articlePage.move('Not checkworthy');
  await expect(articlePage.panel.getByRole('alert')).toContainText(
    /was changed by Rita Reviewer \(moved it to in_review\) since you opened it/,
  );
  await expect(articlePage.state()).toHaveText('In review');
});
