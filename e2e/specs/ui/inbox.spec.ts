import { expect, test, unique } from '../../fixtures';
import { captureScreenshot } from '../../support/screenshot';

test.describe('inbox', () => {
  test.use({ role: 'editor' });

  test('a mention and an assignment reach the reviewer, with an unread count in the navigation', async ({
    page,
    api,
    otherPerson,
  }, testInfo) => {
    const title = `Inbox ${unique()}`;
    const article = await api.ingest({ body: `${title}\n\nThe city bought 40 buses in 2023.`, format: 'text' });
    const claim = article.claims[0];
    if (!claim) throw new Error('claim not extracted');
    const people = (await (await api.get('claim.assignees', null)).json()) as {
      result: { data: { json: Array<{ id: string; email: string }> } };
    };
    const rita = people.result.data.json.find((p) => p.email === 'reviewer@demo.claimledger.org');
    expect((await api.post('claim.assign', { claimId: claim.id, assigneeId: rita?.id })).ok()).toBe(true);
    expect((await api.post('comment.add', { claimId: claim.id, body: '@rita can you find the fleet report?' })).ok()).toBe(true);

    const reviewer = await otherPerson('reviewer');
    await reviewer.goto('/inbox');
    await expect(reviewer.getByTestId('inbox-unread')).toBeVisible();
    // Each item shows the sentence as said (not only the fragment "40 buses") and the article it is from.
    const items = reviewer.getByTestId('inbox').locator('li').filter({ hasText: title });
    await expect(items.first().getByRole('link', { name: 'The city bought 40 buses in 2023.' })).toBeVisible();
    await expect(items.filter({ hasText: 'You were mentioned' })).toContainText('@rita can you find the fleet report?');
    await expect(items.filter({ hasText: 'Assigned to you' })).toContainText('Eddie Editor');
    await captureScreenshot(reviewer, testInfo, 'inbox.png');
    await reviewer.getByRole('button', { name: 'Mark all as read' }).click();
    await expect(reviewer.getByTestId('inbox-summary')).toContainText('0 unread');
    await expect(reviewer.getByTestId('inbox-unread')).toHaveCount(0);
    await page.goto('/inbox');
    await expect(page.getByRole('heading', { name: 'Inbox' })).toBeVisible();
  });
});
