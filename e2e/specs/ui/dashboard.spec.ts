import { expect, test } from '../../fixtures';
import { captureScreenshot } from '../../support/screenshot';

test.describe('as an editor', () => {
  test.use({ role: 'editor' });

  test('the dashboard shows claims by state, reviewers, time to verdict and verdicts, each chart with a table', async ({
    page,
  }, testInfo) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
    // The demo data has one published review: reviewed by Rita, approved by Eddie.
    await expect(page.getByTestId('time-to-verdict')).toContainText(/Published[1-9]/);
    const states = page.getByTestId('chart-states');
    await states.getByText('Table view').click();
    await expect(states.getByRole('table')).toContainText('Approved (published)');
    const reviewers = page.getByTestId('chart-reviewers');
    await reviewers.getByText('Table view').click();
    await expect(reviewers.getByRole('row', { name: /Rita Reviewer/ })).toBeVisible();
    const outlets = page.getByTestId('chart-outlets');
    await outlets.getByText('Table view').click();
    await expect(outlets.getByRole('table')).toContainText('Mostly false');
    for (const chart of ['chart-states', 'chart-reviewers', 'chart-outlets', 'chart-speakers']) {
      await expect(page.getByTestId(chart).locator('svg')).toHaveAttribute('aria-hidden', 'true');
    }
    await expect(page.getByRole('heading', { name: 'Checked claims said again' })).toBeVisible();
    await page.getByRole('link', { name: '30 days' }).click();
    await expect(page).toHaveURL(/days=30/);
    await captureScreenshot(page, testInfo, 'dashboard.png');
  });
});

test.describe('as a reviewer', () => {
  test.use({ role: 'reviewer' });

  test('home is the inbox, and the dashboard API refuses', async ({ page, api }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/inbox$/);
    const res = await api.get('dashboard.get', { days: 30 });
    expect(res.status()).toBe(403);
  });
});
