import { expect, test, unique } from '../../fixtures';
import { captureScreenshot } from '../../support/screenshot';

test.describe('as an admin', () => {
  test.use({ role: 'admin' });

  test('edits a label and adds one; reviewers then see it in the verdict form', async ({
    page,
    api,
    workbench,
    otherPerson,
  }, testInfo) => {
    await page.goto('/admin/scale');
    const misleading = page.getByRole('form', { name: 'Label misleading' });
    await misleading.getByLabel('Description').fill('Accurate in parts, creates a false impression overall.');
    await misleading.getByRole('button', { name: 'Save' }).click();
    await expect(misleading.getByText('Saved')).toBeVisible();

    const slug = `needs-context-${unique()}`;
    const add = page.getByRole('form', { name: 'New label' });
    await add.getByLabel('Slug').fill(slug);
    await add.getByLabel('Name').fill('Needs context');
    await add.getByLabel('Description').fill('True, but missing context that changes its meaning.');
    await add.getByRole('button', { name: 'Add label' }).click();
    await expect(page.getByRole('form', { name: `Label ${slug}` })).toBeVisible();
    await add.getByLabel('Slug').fill(slug);
    await add.getByLabel('Name').fill('Again');
    await add.getByRole('button', { name: 'Add label' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'The scale has a label' })).toHaveText(
      `The scale has a label "${slug}" already.`,
    );
    await captureScreenshot(page, testInfo, 'verdict-scale.png');

    const article = await api.ingest({
      body: `Scale ${unique()}\n\nThe port handled 9 million containers in 2023.`,
      format: 'text',
    });
    const claim = article.claims[0];
    if (!claim) throw new Error('claim not extracted');
    await workbench.goto(claim.id);
    await workbench.move('In review');
    await expect(workbench.verdict.getByRole('radio', { name: /Needs context/ })).toHaveCount(1);

    const reviewerPage = await otherPerson('reviewer');
    const refused = await reviewerPage.goto('/admin/scale');
    expect(refused?.status()).toBe(403);
    await expect(reviewerPage.getByTestId('forbidden')).toContainText('with the reviewer role');
    const res = await reviewerPage.request.post('/api/trpc/scale.addLabel', {
      data: { json: { slug: `x-${unique()}`, name: 'X', colour: '#000000', description: '', rating: 0 } },
    });
    expect(res.status()).toBe(403);
  });
});

test.describe('the verdict scale page', () => {
  test.use({ role: 'admin' });

  for (const width of [1280, 390]) {
    test(`names every field and shows each description whole at ${width} px`, async ({ page }, testInfo) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/admin/scale');
      const forms = page.getByRole('form', { name: /^(Label |New label)/ });
      await expect(forms.first()).toBeVisible();
      const names = ['Slug', 'Name', 'Colour', 'Description', 'Rating'];
      if (width > 600) {
        // One row of column headers over the rows.
        for (const name of names) await expect(page.getByTestId('scale-head').getByText(name, { exact: true })).toBeVisible();
      } else {
        // No room for columns: every field says what it is.
        for (const form of await forms.all())
          for (const name of names) await expect(form.locator('.scale-field-name', { hasText: name })).toBeVisible();
      }
      const descriptions = page.getByRole('textbox', { name: 'Description' });
      expect(await descriptions.count()).toBeGreaterThan(5);
      for (const description of await descriptions.all()) {
        const { scrollHeight, clientHeight, value } = await description.evaluate((el: HTMLTextAreaElement) => ({
          scrollHeight: el.scrollHeight,
          clientHeight: el.clientHeight,
          value: el.value,
        }));
        expect(scrollHeight, `"${value}" is cut off`).toBeLessThanOrEqual(clientHeight + 1);
      }
      await captureScreenshot(page, testInfo, `verdict-scale-${width}px.png`);
    });
  }
});
