import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../../fixtures';
import { publishedDemoClaim } from '../../support/demo-data';

// Runs first (its own Playwright project), on the fresh demo data only, so the pictures are
// the same on every run. Dates and ids are masked; toHaveScreenshot turns animations off.
const WIDTHS = [
  { name: 'laptop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;

const masks = (page: Page): Locator[] => [
  page.locator('.meta'),
  page.locator('[data-testid="signed-in-as"]'),
  page.locator('time'),
];

async function shoot(
  page: Page,
  name: string,
  testInfo: { attach: (n: string, o: { body: Buffer; contentType: string }) => Promise<void> },
) {
  await page.waitForLoadState('networkidle');
  await testInfo.attach(`${name}.png`, { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
}

test.describe('layout at laptop and phone widths', () => {
  test.use({ role: 'editor' });

  for (const size of WIDTHS) {
    test(`queue and workbench fit at ${size.width} px`, async ({ page }, testInfo) => {
      await page.setViewportSize({ width: size.width, height: size.height });
      const claim = await publishedDemoClaim(page.request);
      await page.goto(`/claims?article=${claim.articleId}`);
      await expect(page.getByTestId('queue').locator('tbody tr').first()).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, 'no sideways scrolling').toBeLessThanOrEqual(1);
      await shoot(page, `queue-${size.width}`, testInfo);
      await expect(page).toHaveScreenshot(`queue-${size.name}.png`, { mask: masks(page), fullPage: true });

      await page.goto(`/claims/${claim.id}`);
      await expect(page.getByRole('region', { name: 'Claim', exact: true })).toBeVisible();
      await expect(page.locator('.site-header')).toBeInViewport();
      await shoot(page, `workbench-${size.width}`, testInfo);
      await expect(page).toHaveScreenshot(`workbench-${size.name}.png`, {
        mask: [...masks(page), page.getByRole('region', { name: 'Activity' })],
      });
    });
  }

  test('the public review page and the dashboard', async ({ page, browser }, testInfo) => {
    const claim = await publishedDemoClaim(page.request);
    await page.goto('/');
    await shoot(page, 'dashboard', testInfo);
    await expect(page).toHaveScreenshot('dashboard.png', { mask: masks(page), fullPage: true });

    const reader = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    await reader.goto(`/published/${claim.id}`);
    await shoot(reader, 'published', testInfo);
    await expect(reader).toHaveScreenshot('published.png', {
      mask: [reader.locator('.kicker'), reader.locator('.meta')],
      fullPage: true,
    });
    await reader.context().close();
  });
});
