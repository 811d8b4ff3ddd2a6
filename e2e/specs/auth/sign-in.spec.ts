import { expect, test, unique } from '../../fixtures';
import { DEMO_PASSWORD, demoEmail } from '../../pages/sign-in-page';

test.describe('signed out', () => {
  test.use({ role: null });

  test('a visitor is sent to sign in, and a wrong password is refused', async ({ page, signInPage }, testInfo) => {
    await page.goto('/articles');
    await expect(page).toHaveURL(/\/sign-in$/);
    await signInPage.submit(demoEmail('reviewer'), 'not the password');
    await expect(page.locator('form').getByRole('alert')).toHaveText('Wrong email or password.');
    await page.screenshot({ path: testInfo.outputPath('sign-in.png'), fullPage: true });
    await signInPage.submit(demoEmail('reviewer'), DEMO_PASSWORD);
    await expect(page.getByTestId('signed-in-as')).toHaveText('reviewer@demo.claimledger.org (reviewer)');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    await page.goto('/articles');
    await expect(page).toHaveURL(/\/sign-in$/);
  });

  test('the API refuses a signed-out caller with 401', async ({ api }) => {
    const res = await api.post('article.ingest', { body: 'Prices rose 5 percent.', format: 'text' });
    expect(res.status()).toBe(401);
    expect(await res.text()).toContain('Sign in first.');
  });
});

test.describe('as a viewer', () => {
  test.use({ role: 'viewer' });

  test('reads claims but gets no workflow moves, and the API says why it refuses', async ({
    articlesPage,
    articlePage,
    api,
    page,
  }, testInfo) => {
    await articlesPage.goto();
    await articlesPage.open('Riverton council approves budget with record spending on schools');
    await articlePage.selectClaim('$412 million');
    await expect(articlePage.panel.getByRole('button', { name: /Move to/ })).toHaveCount(0);
    await page.screenshot({ path: testInfo.outputPath('viewer.png'), fullPage: true });
    const res = await api.post('article.ingest', { body: `Viewer ${unique()}: prices rose 5 percent.`, format: 'text' });
    expect(res.status()).toBe(403);
    expect(await res.text()).toContain('Your role (viewer) does not allow article:ingest.');
  });
});
