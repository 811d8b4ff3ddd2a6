import { expect, test } from '../../fixtures';
import { captureScreenshot } from '../../support/screenshot';

test('a newcomer sees the demo articles and their claims highlighted', async ({ page, articlesPage, articlePage }, testInfo) => {
  await articlesPage.goto();
  await expect(articlesPage.list.getByRole('link')).toHaveCount(3);
  await expect(articlesPage.list).toContainText('Harbour bridge turns 50 as traffic hits new high');
  await captureScreenshot(page, testInfo, 'articles.png');

  await articlesPage.open('Riverton council approves budget with record spending on schools');
  await expect(articlePage.title()).toHaveText('Riverton council approves budget with record spending on schools');
  expect(await articlePage.marks.count()).toBeGreaterThan(5);

  await articlePage.selectClaim('$412 million');
  await expect(articlePage.field('value')).toHaveText('412,000,000');
  await expect(articlePage.field('unit')).toHaveText('USD');
  await articlePage.selectClaim('240 new teachers');
  await expect(articlePage.field('speaker')).toHaveText('Elena Marsh');
  await expect(articlePage.field('quote')).toHaveText('yes');
  await captureScreenshot(page, testInfo, 'article.png');
});

test('highlights sit exactly on the claim spans', async ({ api, articlePage }) => {
  const article = await api.ingest({
    body: `Ferry report\n\nThe ferry carried 1.2 million passengers in 2024, up 8 percent on the year before.`,
    format: 'text',
  });
  await articlePage.goto(article.id);
  const ranges = await articlePage.highlightedRanges();
  for (const claim of article.claims) {
    expect(
      ranges.some((r) => r.start <= claim.start && claim.end <= r.end) ||
        ranges.some((r) => r.start >= claim.start && r.end <= claim.end),
    ).toBe(true);
  }
  const text = await articlePage.text.textContent();
  expect(text).toBe(article.text);
});

test('the articles page searches headlines and outlets, and says when nothing matches', async ({ page, articlesPage }) => {
  await articlesPage.goto();
  await page.getByRole('searchbox', { name: 'Search articles' }).fill('coastal daily');
  await page.getByRole('button', { name: 'Search articles' }).click();
  await expect(page).toHaveURL(/\/articles\?q=coastal\+daily/);
  await expect(articlesPage.list.getByRole('link', { name: 'Harbour bridge turns 50 as traffic hits new high' })).toBeVisible();
  await expect(articlesPage.list).not.toContainText('Riverton council approves budget');
  await page.goto('/articles?q=zzzznothing');
  await expect(page.getByTestId('article-list-empty')).toContainText('No article matches this search.');
});

test('a claim that wraps in the list keeps its number on the first line and its text indented', async ({
  page,
  articlesPage,
  articlePage,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await articlesPage.goto();
  await articlesPage.open('Riverton council approves budget with record spending on schools');
  await expect(articlePage.title()).toBeVisible();
  const items = await page
    .getByTestId('claim-index')
    .locator('li')
    .evaluateAll((lis) =>
      lis.map((li) => {
        const button = li.querySelector('button');
        if (!button) throw new Error('a claim without its button');
        const wraps = button.offsetHeight > 1.5 * parseFloat(getComputedStyle(button).lineHeight);
        const item = li.getBoundingClientRect();
        const text = button.getBoundingClientRect();
        const number = getComputedStyle(li, '::before').content;
        return { wraps, liTop: item.top, liLeft: item.left, top: text.top, left: text.left, number };
      }),
    );
  const wrapped = items.filter((item) => item.wraps);
  expect(wrapped.length, 'no claim wraps at this width').toBeGreaterThan(0);
  for (const item of items) {
    expect(item.number).toMatch(/counter\(claim\)/);
    // The number is the grid's first column, the text its second, both from the item's top.
    expect(Math.abs(item.top - item.liTop)).toBeLessThanOrEqual(1);
    expect(item.left - item.liLeft).toBeGreaterThan(10);
  }
});
