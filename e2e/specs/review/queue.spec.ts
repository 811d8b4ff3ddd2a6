import { expect, test, unique } from '../../fixtures';

test('the queue filters, sorts by check-worthiness and works from the keyboard', async ({ api, page, queuePage }, testInfo) => {
  const article = await api.ingest({
    body: `Budget ${unique()}\n\nThe council spent $12 million on 40 buses in 2023. Ridership rose 25 percent, the mayor said. It was the third rise in a row.`,
    format: 'text',
  });
  await queuePage.goto(`?article=${article.id}`);
  await expect(queuePage.rows).toHaveCount(article.claims.length);
  const scores = await queuePage.rows.locator('td:first-child').allTextContents();
  expect(scores.map(Number)).toEqual([...scores.map(Number)].sort((a, b) => b - a));

  // j moves the cursor, a assigns the current claim to me, o opens it. The key hint appears once
  // the page knows who is signed in; before that, a does nothing.
  await expect(queuePage.current()).toHaveCount(1);
  await expect(page.getByTestId('queue-count')).toContainText('a assign to me');
  const first = await queuePage.current().getAttribute('data-claim-id');
  await page.locator('body').press('j');
  const second = await queuePage.current().getAttribute('data-claim-id');
  expect(second).not.toBe(first);
  await page.locator('body').press('a');
  await expect(queuePage.row(second ?? '')).toContainText('Rita Reviewer');

  await queuePage.filter('Assignee').selectOption('me');
  await expect(page).toHaveURL(/assignee=me/);
  await expect(queuePage.rows).toHaveCount(1);
  await expect(queuePage.current()).toHaveAttribute('data-claim-id', second ?? '');
  await page.screenshot({ path: testInfo.outputPath('queue-filtered.png'), fullPage: true });
  await page.locator('body').press('o');
  await expect(page).toHaveURL(new RegExp(`/claims/${second}$`));

  // In the workbench, j and k walk the article's claims in reading order; u goes back to the queue.
  const [firstInText, secondInText] = article.claims;
  await page.goto(`/claims/${firstInText?.id}`);
  await expect(page.getByText(`claim 1 of ${article.claims.length} (j / k)`)).toBeVisible();
  await page.locator('body').press('j');
  await expect(page.getByText(`claim 2 of ${article.claims.length} (j / k)`)).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/claims/${secondInText?.id}$`));
  await page.locator('body').press('k');
  await expect(page).toHaveURL(new RegExp(`/claims/${firstInText?.id}$`));
  await page.locator('body').press('u');
  await expect(page).toHaveURL(/\/claims$/);
});
