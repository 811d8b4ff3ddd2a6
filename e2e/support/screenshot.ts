import type { Page, PageScreenshotOptions, TestInfo } from '@playwright/test';

/**
 * A full-page screenshot attached to the HTML report under `name`, and kept as a file in the
 * test's output folder (test-results/e2e/…) as before.
 */
export async function captureScreenshot(
  page: Page,
  testInfo: TestInfo,
  name: string,
  options: Omit<PageScreenshotOptions, 'path'> = {},
): Promise<void> {
  const path = testInfo.outputPath(name);
  await page.screenshot({ fullPage: true, ...options, path });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}
