import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from '../../fixtures';
import { publishedDemoClaim } from '../../support/demo-data';
import { walkWithTab } from '../../support/keyboard';

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

  test('the skip link leads into the main content', async ({ page }) => {
    await page.goto('/claims');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
  });

  test('everything is reachable by keyboard with a visible focus', async ({ page }, testInfo) => {
    test.setTimeout(180_000);
    const { claimId, articleId } = await demoIds(page);
    for (const route of [
      '/',
      '/inbox',
      '/claims',
      `/claims/${claimId}`,
      `/articles/${articleId}`,
      '/articles/new',
      '/admin/scale',
      '/admin/keys',
      '/admin/webhooks',
      '/admin/sources',
    ]) {
      await page.goto(route);
      await page.waitForLoadState('networkidle');
      const { stops, missed } = await walkWithTab(page);
      await testInfo.attach(`tab-order ${route}`, { body: stops.map((s) => s.label).join('\n'), contentType: 'text/plain' });
      expect(missed, `controls Tab never reaches on ${route}`).toEqual([]);
      expect(
        stops.filter((s) => !s.isFocusVisible).map((s) => s.label),
        `focus not visible on ${route}`,
      ).toEqual([]);
      expect(
        stops.some((s) => s.inMain),
        `Tab reaches the main content of ${route}`,
      ).toBe(true);
    }
  });
});

test.describe('signed out, by keyboard', () => {
  test.use({ role: 'editor' });

  test('the sign-in page and the public review are reachable by keyboard with a visible focus', async ({ page, browser }) => {
    const { claimId } = await demoIds(page);
    const reader = await (await browser.newContext()).newPage();
    for (const route of ['/sign-in', `/published/${claimId}`]) {
      await reader.goto(route);
      const { stops, missed } = await walkWithTab(reader);
      expect(missed, `controls Tab never reaches on ${route}`).toEqual([]);
      expect(
        stops.filter((s) => !s.isFocusVisible).map((s) => s.label),
        `focus not visible on ${route}`,
      ).toEqual([]);
    }
    await reader.context().close();
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
