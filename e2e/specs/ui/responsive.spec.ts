import type { Locator, Page, TestInfo } from '@playwright/test';
import { expect, test, unique } from '../../fixtures';
import { publishedDemoClaim } from '../../support/demo-data';

// The queue and the workbench on a 1280 px laptop and a 390 px phone: no sideways scrolling, the
// main controls on screen, and a screenshot of each page at each width in the test report.
const WIDTHS = [
  { name: 'laptop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;

async function expectNoSidewaysScroll(page: Page, what: string) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
  });
  expect(scrollWidth, `${what} scrolls sideways`).toBeLessThanOrEqual(clientWidth);
}

/** Visible, and inside the page's width (not cut off at the right edge). */
async function expectOnScreen(page: Page, controls: Locator[]) {
  const width = page.viewportSize()?.width ?? 0;
  for (const control of controls) {
    await expect(control).toBeVisible();
    const box = await control.boundingBox();
    expect(box, String(control)).not.toBeNull();
    expect(box?.x ?? -1, String(control)).toBeGreaterThanOrEqual(0);
    expect((box?.x ?? 0) + (box?.width ?? 0), String(control)).toBeLessThanOrEqual(width);
  }
}

async function attachScreenshot(page: Page, testInfo: TestInfo, name: string) {
  await testInfo.attach(name, { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
}

// Editors see the most controls (assigning to anyone, exports).
test.use({ role: 'editor' });

for (const size of WIDTHS) {
  test(`the queue and the workbench work at ${size.width} px (${size.name})`, async ({ page, api }, testInfo) => {
    const article = await api.ingest({
      body: `Responsive ${unique()}\n\nThe harbour authority said it dredged 1.2 million cubic metres of silt from the main channel in 2023.`,
      format: 'text',
    });
    const claim = article.claims[0];
    if (!claim) throw new Error('claim not extracted');
    await page.setViewportSize({ width: size.width, height: size.height });

    await page.goto('/claims');
    const queue = page.getByTestId('queue');
    await expect(queue.locator('tbody tr').first()).toBeVisible();
    await expectNoSidewaysScroll(page, 'the queue');
    await expectOnScreen(page, [
      page.getByRole('heading', { name: 'Review queue' }),
      page.getByRole('searchbox', { name: 'Search claims' }),
      page.getByRole('button', { name: 'Search' }),
      page.getByLabel('State', { exact: true }),
      page.getByLabel('Assignee', { exact: true }),
      queue.locator('tbody tr').first().getByRole('link'),
    ]);
    await attachScreenshot(page, testInfo, `queue-${size.width}px.png`);

    await page.goto(`/claims/${claim.id}`);
    const header = page.getByRole('region', { name: 'Claim', exact: true });
    await expect(header).toBeVisible();
    await expect(page.locator('.site-header')).toBeInViewport();
    await expectNoSidewaysScroll(page, 'the workbench');
    await expectOnScreen(page, [
      header,
      header.getByRole('button', { name: 'Assign to me' }),
      header.getByLabel('Assignee'),
      header.getByRole('button', { name: /^Move to / }).first(),
      page.getByRole('region', { name: 'Verdict' }),
      page.getByRole('region', { name: 'Citations' }),
      page.getByRole('region', { name: 'Structured fields' }),
    ]);
    await attachScreenshot(page, testInfo, `workbench-${size.width}px.png`);
  });
}

test('the other pages do not scroll sideways on a 390 px phone', async ({ page, api, browser }, testInfo) => {
  const article = await api.ingest({
    body: `Phone ${unique()}\n\nThe ferry service carried 4.1 million passengers in 2023, up from 3.2 million in 2019.`,
    format: 'text',
  });
  await page.setViewportSize({ width: 390, height: 844 });
  for (const route of ['/', '/inbox', '/articles', `/articles/${article.id}`, '/articles/new']) {
    await page.goto(route);
    await page.waitForLoadState('networkidle');
    await expectNoSidewaysScroll(page, route);
  }
  const claim = await publishedDemoClaim(page.request);
  const reader = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await reader.goto(`/published/${claim.id}`);
  await expectNoSidewaysScroll(reader, 'the public review');
  await attachScreenshot(reader, testInfo, 'published-390px.png');
  await reader.context().close();
});
