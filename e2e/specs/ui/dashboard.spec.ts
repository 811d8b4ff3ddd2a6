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
    // Time to verdict: median and 90th percentile as bars, with their table.
    const timing = page.getByTestId('chart-time-to-verdict');
    await timing.getByText('Table view').click();
    await expect(timing.getByRole('row', { name: /Median/ })).toBeVisible();
    await expect(timing.getByRole('row', { name: /90th percentile/ })).toBeVisible();

    // Verdicts over time: a small chart per outlet with a bar for each month of the window, the
    // current month holding the demo's published verdicts; the table keeps outlet, month, verdict.
    const thisMonth = new Date().toISOString().slice(0, 7);
    for (const testId of ['chart-outlets', 'chart-speakers']) {
      const chart = page.getByTestId(testId);
      await expect(chart).toContainText('Per month');
      const panel = chart.getByTestId('chart-panel').first();
      await expect(panel.locator('[data-month]')).toHaveCount(4); // 90 days: four months, the empty ones too
      await expect(panel.locator('[data-month]').last()).toHaveAttribute('data-month', thisMonth);
      await expect(panel.locator(`[data-month="${thisMonth}"]`)).not.toHaveAttribute('data-total', '0');
      await chart.getByText('Table view').click();
      await expect(chart.getByRole('table')).toContainText('Mostly false');
      await expect(chart.getByRole('row', { name: new RegExp(thisMonth) }).first()).toBeVisible();
    }
    await expect(page.getByTestId('chart-speakers').getByRole('columnheader', { name: 'Speaker' })).toBeVisible();
    for (const chart of ['chart-states', 'chart-reviewers', 'chart-time-to-verdict', 'chart-outlets', 'chart-speakers']) {
      const drawings = page.getByTestId(chart).locator('svg');
      expect(await drawings.count()).toBeGreaterThan(0);
      for (const svg of await drawings.all())
        await expect(svg.locator('xpath=ancestor-or-self::*[@aria-hidden="true"]').first()).toBeAttached();
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
