import { expect, sourceUrl, test, unique } from '../../fixtures';

test('ingested text and citation quotes render as text: no script from content runs', async ({
  api,
  page,
  workbench,
  articlePage,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const body = `<html><head><title>Hostile ${unique()}</title></head><body><article>
    <p>The agency counted 300 incidents in 2022.<script>window.__pwned = 'script'</script></p>
    <p>Officials wrote &lt;img src=x onerror="window.__pwned='img'"&gt; in 14 reports.<img src="x" onerror="window.__pwned='attr'"></p>
  </article></body></html>`;
  const article = await api.ingest({ body, format: 'html' });
  await articlePage.goto(article.id);
  await expect(articlePage.text).toContainText('<img src=x onerror="window.__pwned=\'img\'">');
  expect(await articlePage.text.locator('img, script').count()).toBe(0);

  const claim = article.claims[0];
  if (!claim) throw new Error('claim not extracted');
  await workbench.goto(claim.id);
  await workbench.move('In review');
  const hostileQuote = '<script>alert("quote")</script> 300 incidents';
  await workbench.addCitation({
    url: sourceUrl('bus-report.html'),
    title: '<b>Report</b>',
    stance: 'context',
    quote: hostileQuote,
  });
  await expect(workbench.citations.getByTestId('citation').locator('blockquote')).toHaveText(hostileQuote);
  await expect(workbench.citations.getByTestId('citation')).toContainText('quote not found in the copy', { timeout: 15_000 });
  await expect(workbench.citations.getByRole('link', { name: '<b>Report</b>' })).toBeVisible();

  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
});
