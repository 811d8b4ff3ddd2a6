import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from '../../fixtures';
import { appRoutes, fillRoute } from '../../support/app-routes';
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

/** A real id from the demo data for each dynamic segment of the app's routes. */
async function demoIds(page: Page): Promise<Record<string, string>> {
  const claim = await publishedDemoClaim(page.request);
  const input = encodeURIComponent(JSON.stringify({ json: { id: claim.id } }));
  const tracking = await page.request.get(`/api/trpc/tracking.claimTracking?input=${input}`);
  expect(tracking.ok(), await tracking.text()).toBe(true);
  const { groupId } = ((await tracking.json()) as { result: { data: { json: { groupId: string | null } } } }).result.data.json;
  await page.goto(`/published/${claim.id}`);
  const archive = await page
    .getByRole('link', { name: /archived copy of/ })
    .first()
    .getAttribute('href');
  return { claimId: claim.id, articleId: claim.articleId, citationId: archive?.split('/').pop() ?? '', groupId: groupId ?? '' };
}

let known: Record<string, string> | undefined;
/** The demo ids, looked up once for the whole file (the server and its data stay the same). */
async function ids(page: Page): Promise<Record<string, string>> {
  known ??= await demoIds(page);
  return known;
}

/** Every page of the app (read from its page.tsx files) at a real address; fails on a route with no id. */
function addresses(known: Record<string, string>, which: (route: { isPublic: boolean }) => boolean): string[] {
  return appRoutes()
    .filter(which)
    .map((route) => fillRoute(route.pattern, known));
}

/** Pages for records that do not exist, and a filter that matches nothing. */
const EXTRA = ['/claims?state=void&min=0.9', '/claims/nope123', '/articles/nope123', '/citations/nope', '/tracked/nope'];

test.describe('signed in (admin sees every page)', () => {
  test.use({ role: 'admin' });

  for (const pattern of [...appRoutes().map((r) => r.pattern), ...EXTRA]) {
    test(`${pattern} has 0 axe violations`, async ({ page }) => {
      const route = fillRoute(pattern, await ids(page));
      await page.goto(route);
      await page.waitForLoadState('networkidle');
      await expectNoViolations(page, route);
    });
  }

  test('the forbidden page has 0 axe violations', async ({ otherPerson }) => {
    const viewer = await otherPerson('viewer');
    await viewer.goto('/admin/scale');
    await expectNoViolations(viewer, '/admin/scale as viewer');
  });

  test('the skip link leads into the main content', async ({ page }) => {
    await page.goto('/claims');
    // As a person would: once the page has loaded (a key pressed while it hydrates can be lost).
    await page.waitForLoadState('networkidle');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
    // Enter was the link's: the queue's Enter shortcut (open the current claim) left it alone.
    await page.waitForTimeout(500);
    expect(new URL(page.url()).pathname).toBe('/claims');
  });

  for (const { pattern } of appRoutes().filter((r) => !r.isPublic)) {
    test(`${pattern} is reachable by keyboard with a visible focus`, async ({ page }, testInfo) => {
      const route = fillRoute(pattern, await ids(page));
      await page.goto(route);
      await page.waitForLoadState('networkidle');
      const { stops, missed, inMain } = await walkWithTab(page);
      await testInfo.attach(`tab-order ${route}`, { body: stops.map((s) => s.label).join('\n'), contentType: 'text/plain' });
      expect(missed, `controls Tab never reaches on ${route}`).toEqual([]);
      expect(
        stops.filter((s) => !s.isFocusVisible).map((s) => s.label),
        `focus not visible on ${route}`,
      ).toEqual([]);
      // A page whose main content has no control at the moment (the jobs page with no failed or
      // waiting job) has nothing there for Tab to reach; `missed` covers the controls it has.
      expect(
        stops.some((s) => s.inMain),
        `Tab reaches the main content of ${route}`,
      ).toBe(inMain > 0);
    });
  }
});

test.describe('signed out, by keyboard', () => {
  test.use({ role: 'editor' });

  test('the sign-in page and the public review are reachable by keyboard with a visible focus', async ({ page, browser }) => {
    const routes = addresses(await ids(page), (r) => r.isPublic);
    const reader = await (await browser.newContext()).newPage();
    for (const route of routes) {
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
    const routes = [...addresses(await ids(page), (r) => r.isPublic), '/nope'];
    const reader = await (await browser.newContext()).newPage();
    for (const route of routes) {
      await reader.goto(route);
      await expectNoViolations(reader, route);
    }
    await reader.context().close();
  });
});
