import type { Browser, Locator, Page, TestInfo } from '@playwright/test';
import { expect, test } from '../../fixtures';
import { SignInPage } from '../../pages/sign-in-page';
import { publishedDemoClaim } from '../../support/demo-data';
import { startOwnServer, type OwnServer } from '../../support/own-server';

// Screenshot baselines for the queue, the workbench, the articles, the public review and the dashboard. They
// run on a server of their own with nothing but the demo data, so other specs' claims never show
// up in the pictures; the viewport is fixed, animations and the caret are off (playwright.config),
// and what changes from run to run (dates, times, durations, the activity log) is masked.
test.describe.configure({ mode: 'serial' });

const LAPTOP = { width: 1280, height: 800 };
// Renders here were byte-identical run after run, so a small change (a button gone, a row
// wrapping) must fail: at most 100 pixels may differ, not the config's 2 % of the page.
const STRICT = { maxDiffPixels: 100, fullPage: true } as const;
const PHONE = { width: 390, height: 844 };

let server: OwnServer;
test.beforeAll(async () => {
  test.setTimeout(180_000);
  server = await startOwnServer(20);
});
test.afterAll(async () => server.stop());

/** What differs between two runs on the same data: dates and times (today's, or the seeding's). */
const DATE =
  /\d{4}-\d{2}-\d{2}|\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}/;
const masks = (page: Page): Locator[] => [
  page.locator('time'),
  page.locator('.meta, .kicker').filter({ hasText: DATE }),
  page.locator('input[type="date"]'),
];

async function openAs(browser: Browser, role: 'editor' | null, viewport: { width: number; height: number }) {
  const context = await browser.newContext({ baseURL: server.baseURL, viewport, reducedMotion: 'reduce' });
  const page = await context.newPage();
  if (role) await new SignInPage(page).signInAs(role);
  return page;
}

async function settle(page: Page) {
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/** Compares the page with its baseline, then attaches it as rendered to the HTML report. */
async function expectLooksLike(page: Page, testInfo: TestInfo, name: string, mask: Locator[]) {
  await expect(page).toHaveScreenshot(name, { ...STRICT, mask });
  await testInfo.attach(name, { body: await page.screenshot({ fullPage: true, mask }), contentType: 'image/png' });
}

for (const [name, viewport] of [
  ['laptop', LAPTOP],
  ['phone', PHONE],
] as const) {
  test(`the queue and the workbench (${name})`, async ({ browser }, testInfo) => {
    const page = await openAs(browser, 'editor', viewport);
    const claim = await publishedDemoClaim(page.request);
    await page.goto('/claims');
    await expect(page.getByTestId('queue').locator('tbody tr').first()).toBeVisible();
    await settle(page);
    await expectLooksLike(page, testInfo, `queue-${name}.png`, masks(page));

    await page.goto(`/claims/${claim.id}`);
    await expect(page.getByRole('region', { name: 'Claim', exact: true })).toBeVisible();
    await settle(page);
    // The extractor's version changes with every rules release.
    await expectLooksLike(page, testInfo, `workbench-${name}.png`, [
      ...masks(page),
      page.getByRole('region', { name: 'Activity' }),
      page.locator('dd[data-field="extractor"]'),
    ]);
    await page.context().close();
  });

  test(`the articles and an article (${name})`, async ({ browser }, testInfo) => {
    const page = await openAs(browser, 'editor', viewport);
    await page.goto('/articles');
    await expect(page.getByRole('link', { name: 'Harbour bridge turns 50 as traffic hits new high' })).toBeVisible();
    await settle(page);
    await expectLooksLike(page, testInfo, `articles-${name}.png`, masks(page));

    await page.getByRole('link', { name: 'Riverton council approves budget with record spending on schools' }).click();
    await expect(page.getByTestId('article-text')).toBeVisible();
    await settle(page);
    await expectLooksLike(page, testInfo, `article-${name}.png`, masks(page));
    await page.context().close();
  });
}

test('the dashboard and the public review page (laptop)', async ({ browser }, testInfo) => {
  const page = await openAs(browser, 'editor', LAPTOP);
  const claim = await publishedDemoClaim(page.request);
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
  await settle(page);
  await expectLooksLike(page, testInfo, 'dashboard.png', [...masks(page), page.getByTestId('time-to-verdict')]);
  await page.context().close();

  const reader = await openAs(browser, null, LAPTOP);
  await reader.goto(`/published/${claim.id}`);
  await expect(reader.getByTestId('published-verdict')).toBeVisible();
  await settle(reader);
  await expectLooksLike(reader, testInfo, 'published.png', masks(reader));
  await reader.context().close();
});
