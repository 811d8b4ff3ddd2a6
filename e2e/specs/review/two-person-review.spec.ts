import { expect, sourceUrl, test, unique } from '../../fixtures';
import { WorkbenchPage } from '../../pages/workbench-page';

const QUOTE = 'In 2023 the city took delivery of 40 electric buses';
const RATIONALE = 'The transport office fleet report lists 40 electric buses delivered in 2023.';

test('a reviewer checks a claim with a citation, an editor approves it, then corrects it', async ({
  api,
  page,
  queuePage,
  workbench,
  otherPerson,
}, testInfo) => {
  const shot = (p: typeof page, name: string) => p.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });
  const article = await api.ingest({
    body: `Transit ${unique()}\n\nThe city bought 40 electric buses in 2023, the mayor said.`,
    format: 'text',
  });
  const claim = article.claims.find((c) => c.text.includes('40 electric buses'));
  if (!claim) throw new Error('claim not extracted');

  // The reviewer finds the claim in the queue and opens it from the keyboard.
  await queuePage.goto(`?article=${article.id}`);
  await expect(queuePage.rows.first()).toBeVisible();
  await shot(page, '01-queue');
  await queuePage.row(claim.id).getByRole('link').focus();
  await page.keyboard.press('o');
  await expect(page).toHaveURL(new RegExp(`/claims/${claim.id}$`));

  // Takes it (key "a"), starts the review and cites an archived source.
  await page.keyboard.press('a');
  await expect(workbench.header.getByTestId('assignee')).toHaveText('Assigned to: Rita Reviewer');
  await workbench.move('In review');
  await workbench.addCitation({
    url: sourceUrl('bus-report.html'),
    title: 'Fleet report 2023',
    stance: 'supports',
    quote: QUOTE,
  });
  const citation = workbench.citations.getByTestId('citation');
  await expect(citation).toContainText('quote found in the copy', { timeout: 15_000 });
  await expect(citation).toContainText(/sha256 [0-9a-f]{12}…/);
  await shot(page, '02-workbench-citation');
  await citation.getByRole('link', { name: 'archived copy' }).click();
  await expect(page.getByTestId('archived-text').locator('mark')).toHaveText(QUOTE);
  await expect(page.getByTestId('archived-text')).not.toContainText('__sourceScriptRan');
  await shot(page, '03-archived-copy');
  await page.goBack();

  // Verdict "True" with key 1, a rationale, and off for the second review.
  await expect(workbench.verdict.getByRole('form', { name: 'Verdict form' })).toBeVisible();
  await page.locator('body').press('1');
  await expect(workbench.verdict.getByRole('radio', { name: /True/ }).first()).toBeChecked();
  await workbench.submitVerdict(RATIONALE);
  await expect(workbench.verdict).toContainText('Waiting for an editor’s second review.');
  await shot(page, '04-submitted');

  // The reviewer cannot approve: no button, and the API refuses with a clear body.
  const reviews = await (await api.get('review.forClaim', { id: claim.id })).json();
  const reviewId = (reviews as { result: { data: { json: Array<{ id: string }> } } }).result.data.json[0]?.id ?? '';
  const denied = await api.post('review.approve', { reviewId, expectedVersion: 4 });
  expect(denied.status()).toBe(403);
  expect(await denied.text()).toContain('Your role (reviewer) does not allow claim:approve.');

  // The editor, in a separate session, approves: the claim is published with the verdict.
  const editorPage = await otherPerson('editor');
  const editorBench = new WorkbenchPage(editorPage);
  await editorBench.goto(claim.id);
  const secondReview = editorBench.verdict.getByTestId('second-review');
  await expect(secondReview).toContainText(RATIONALE);
  await shot(editorPage, '05-editor-second-review');
  await secondReview.getByRole('button', { name: 'Approve and publish' }).click();
  await expect(editorBench.state()).toHaveText('Approved (published)');
  await expect(editorBench.header.getByTestId('verdict-badge')).toHaveText('True');
  await expect(editorBench.auditTrail()).toContainText('Eddie Editor');
  await shot(editorPage, '06-published');

  // A correction withdraws the verdict and stays visible in the log.
  await editorBench.verdict
    .getByLabel('Reason for correcting the published verdict')
    .fill('The report counts buses ordered, not delivered.');
  await editorBench.verdict.getByRole('button', { name: 'Withdraw verdict for correction' }).click();
  await expect(editorBench.state()).toHaveText('Void after correction');
  await expect(editorBench.verdict.getByTestId('corrections')).toContainText('The report counts buses ordered, not delivered.');
  await expect(editorBench.verdict.getByTestId('corrections')).toContainText('True');
  await shot(editorPage, '07-corrected');

  // The reviewer's page shows the same history after a reload.
  await page.reload();
  await expect(workbench.state()).toHaveText('Void after correction');
});

test('two people editing the same claim: the second sees a conflict naming the first change', async ({
  api,
  workbench,
  otherPerson,
}, testInfo) => {
  const article = await api.ingest({
    body: `Schools ${unique()}\n\nThe district hired 85 teachers in 2024, officials said.`,
    format: 'text',
  });
  const claim = article.claims.find((c) => c.text.includes('85 teachers'));
  if (!claim) throw new Error('claim not extracted');
  await workbench.goto(claim.id);
  const editorBench = new WorkbenchPage(await otherPerson('editor'));
  await editorBench.goto(claim.id);

  await workbench.fields.getByRole('button', { name: 'Edit fields' }).click();
  await editorBench.editField('Speaker', 'District spokesperson');
  await expect(editorBench.fields.getByTestId('claim-details')).toContainText('District spokesperson');

  await workbench.fields.getByLabel('Speaker', { exact: true }).fill('The superintendent');
  await workbench.fields.getByRole('button', { name: 'Save fields' }).click();
  const alert = workbench.fields.getByRole('alert');
  await expect(alert).toContainText('was changed by Eddie Editor (changed speaker) since you opened it');
  await expect(alert).toContainText('Your change was not saved');
  await workbench.page.screenshot({ path: testInfo.outputPath('conflict.png'), fullPage: true });
  await workbench.page.reload();
  await expect(workbench.fields.getByTestId('claim-details')).toContainText('District spokesperson');
  await expect(workbench.auditTrail()).toContainText('edited the fields');
});
