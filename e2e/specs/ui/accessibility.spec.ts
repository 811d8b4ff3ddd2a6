import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from '../../fixtures';
import { publishedDemoClaim } from '../../support/demo-data';

/** WCAG 2.1 A and AA rules; a violation fails the test with its rule, target and help text. */
async function expectNoViolations(page: Page, route: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe on ${route}`).toEqual([]);
}

/** The ids the signed-in routes need, from the demo data. */
async function demoIds(page: Page) {
  const claim = await publishedDemoClaim(page.request);
  await page.goto(`/published/${claim.id}`);
  const archive = await page
    .getByRole('link', { name: /archived copy of/ })
    .first()
    .getAttribute('href');
  const citationId = archive?.split('/').pop() ?? '';
  return { claimId: claim.id, articleId: claim.articleId, citationId };
}

test.describe('signed in (admin sees every page)', () => {
  test.use({ role: 'admin' });

  test('every page has 0 axe violations', async ({ page }) => {
    test.setTimeout(180_000);
    const { claimId, articleId, citationId } = await demoIds(page);
    const routes = [
      '/',
      '/inbox',
      '/claims',
      '/claims?state=void&min=0.9',
      `/claims/${claimId}`,
      '/articles',
      `/articles/${articleId}`,
      '/articles/new',
      `/citations/${citationId}`,
      '/admin/scale',
      '/admin/keys',
      '/admin/webhooks',
      '/claims/nope123',
      `/published/${claimId}`,
    ];
    for (const route of routes) {
      await page.goto(route);
      await page.waitForLoadState('networkidle');
      await expectNoViolations(page, route);
    }
  });

  test('the forbidden page has 0 axe violations', async ({ otherPerson }) => {
    const viewer = await otherPerson('viewer');
    await viewer.goto('/admin/scale');
    await expectNoViolations(viewer, '/admin/scale as viewer');
  });

  // Known failure (issue 15 note): after the skip link, eight Tabs leave <main>. Fix the skip target, then re-enable.
  test.fixme('everything is reachable by keyboard with a visible focus', async ({ page }) => {
    await page.goto('/claims');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement ?? document.body).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    // Tab walks from the main content into the filters and the table links.
    for (let i = 0; i < 8; i++) await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.closest('main') !== null);
    expect(focused).toBe(true);
  });
});

test.describe('signed out', () => {
  test.use({ role: 'editor' });

  test('the public pages and sign-in have 0 axe violations', async ({ page, browser }) => {
    const { claimId, citationId } = await demoIds(page);
    const reader = await (await browser.newContext()).newPage();
    for (const route of ['/sign-in', `/published/${claimId}`, `/published/${claimId}/sources/${citationId}`, '/nope']) {
      await reader.goto(route);
      await expectNoViolations(reader, route);
    }
    await reader.context().close();
  });
});
