import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, unique } from '../../fixtures';

// `../shared` beside the repository, or `../../shared` for a worktree one folder deeper, as the
// unit and integration tests look. Without it the test skips, and its title says why: the list
// reporter prints a skipped test's title, not its skip reason.
const SEED = ['../../../../shared', '../../../../../shared']
  .map((dir) => path.resolve(import.meta.dirname, dir, 'fixtures/seed-article.txt'))
  .find((f) => existsSync(f));
const SEED_TITLE = 'the seed article: every claim is in the body, none in the page chrome';

test('a reviewer pastes an article and reads it with claims highlighted', async ({ page, ingestPage, articlePage }, testInfo) => {
  const tag = unique();
  await ingestPage.goto();
  await ingestPage.submit({
    title: `Port figures ${tag}`,
    publishedAt: '2025-02-01',
    body: `The port handled 4.2 million containers last year, its director Ana Ruiz said. "We shipped up to five million tonnes of grain in 2024," she said.`,
  });
  await expect(articlePage.title()).toHaveText(`Port figures ${tag}`);
  // A forecast is not a claim (news-claims guideline); a bounded past figure is.
  await articlePage.selectClaim('up to five million tonnes');
  await expect(articlePage.field('bound')).toHaveText('upper');
  await expect(articlePage.field('speaker')).toHaveText('Ana Ruiz');
  await page.screenshot({ path: testInfo.outputPath('ingested.png'), fullPage: true });
});

test('an empty article gets a clear error and no article', async ({ ingestPage, page }) => {
  await ingestPage.goto();
  await ingestPage.submit({ body: '   ' });
  await expect(page.getByText('the article is empty')).toBeVisible();
  await expect(page).toHaveURL(/\/articles\/new$/);
});

test('both ways in share one error display: a field error under its field, a form error in one alert', async ({ page }) => {
  await page.goto('/articles/new');
  await page.getByLabel('Fetch from a URL').check();
  const byUrl = page.getByRole('form', { name: 'Add from a URL' });
  await byUrl.getByLabel('Article URL').fill('ftp://example.org/story');
  await byUrl.getByRole('button', { name: 'Fetch and extract claims' }).click();
  await expect(byUrl.getByLabel('Article URL')).toHaveAccessibleDescription('enter an http(s) URL');
  await expect(byUrl.getByLabel('Article URL')).toHaveAttribute('aria-invalid', 'true');
  await expect(byUrl.getByRole('alert')).toHaveCount(0);

  await page.getByLabel('Pasted text or HTML').check();
  const pasted = page.locator('form.ingest-form');
  await pasted.getByLabel('Article').fill('   ');
  await pasted.getByRole('button', { name: 'Save and extract claims' }).click();
  await expect(pasted.getByLabel('Article')).toHaveAccessibleDescription(/the article is empty/);
});

test('ingested HTML and text are shown as text: no script runs', async ({ page, api, articlePage }) => {
  let dialogs = 0;
  page.on('dialog', async (dialog) => {
    dialogs += 1;
    await dialog.dismiss();
  });
  const article = await api.ingest({
    body: `Script test ${unique()}\n\n<img src=x onerror="alert(1)"> The council spent $3 million <script>alert(2)</script> on 12 parks.`,
    format: 'text',
  });
  await articlePage.goto(article.id);
  await expect(articlePage.text).toContainText('<script>alert(2)</script>');
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(dialogs).toBe(0);
});

const seedTitle = SEED ? SEED_TITLE : `${SEED_TITLE} (SKIPPED: ../shared/fixtures/seed-article.txt is absent)`;
test(seedTitle, async ({ api, articlePage, page }, testInfo) => {
  test.skip(!SEED, '../shared/fixtures/seed-article.txt is absent');
  const article = await api.ingest({ body: readFileSync(SEED ?? '', 'utf8'), format: 'text', publishedAt: '2016-10-21' });
  const chrome = article.text.indexOf('read more:');
  expect(chrome).toBeGreaterThan(0);
  expect(article.claims.length).toBeGreaterThan(5);
  expect(article.claims.filter((c) => c.end > chrome)).toEqual([]);
  await articlePage.goto(article.id);
  const ranges = await articlePage.highlightedRanges();
  expect(ranges.filter((r) => r.end > chrome)).toEqual([]);
  await articlePage.selectClaim('a million Russian speakers');
  await expect(articlePage.field('speaker')).toHaveText('Benjamin Netanyahu');
  await expect(articlePage.field('value')).toHaveText('1,000,000');
  await expect(articlePage.field('kind')).toContainText('quantity');
  await articlePage.selectClaim('met twice this year');
  await expect(articlePage.field('time-scope')).toHaveText('2016');
  await expect(page.getByTestId('claim-index')).toContainText('up to two million');
  await expect(page.getByTestId('claim-index')).toContainText('2,000,000 · Benjamin Netanyahu');
  await page.screenshot({ path: testInfo.outputPath('seed-article.png'), fullPage: true });
});
