import { expect, test, unique } from '../../fixtures';
import { WorkbenchPage } from '../../pages/workbench-page';

test.describe('claim tracking', () => {
  test.use({ role: 'admin' });

  test('a repeat in other words shows "Checked before", the tracked claim lists both appearances, REST lookup finds it', async ({
    page,
    api,
    workbench,
    otherPerson,
    request,
  }, testInfo) => {
    test.setTimeout(180_000);
    const place = `Varnholt${unique().replace(/\d/g, 'x')}`;

    // The admin sets the thresholds on the matching page.
    await page.goto('/admin/matching');
    await page.getByLabel('Link automatically at a score of at least').fill('0.5');
    await page.getByLabel('Suggest to a reviewer at a score of at least').fill('0.3');
    await page.getByRole('button', { name: 'Save thresholds' }).click();
    await expect(page.getByRole('status')).toHaveText('Saved.');
    await page.screenshot({ path: testInfo.outputPath('matching-settings.png'), fullPage: true });

    // Article A; its claim is reviewed by the admin and published by an editor (two people).
    const a = await api.ingest({
      body: `${place} budget\n\nThe ${place} council closed 14 libraries in 2023, the mayor said.`,
      format: 'text',
      publishedAt: '2024-01-10',
      publisher: 'Daily Example',
    });
    const claimA = a.claims.find((c) => c.text.includes('14')) ?? a.claims[0];
    if (!claimA) throw new Error('no claim in article A');
    await api.moveState(claimA.id, 'in_review', claimA.version);
    await workbench.goto(claimA.id);
    await workbench.verdict.getByRole('radio', { name: /^False/ }).check();
    await workbench.submitVerdict('Council minutes list four closures, not fourteen.');
    const editor = await otherPerson('editor');
    const editorBench = new WorkbenchPage(editor);
    await editorBench.goto(claimA.id);
    await editorBench.verdict.getByRole('button', { name: 'Approve and publish' }).click();
    await expect(editorBench.state()).toHaveText(/^Approved/);

    // Article B repeats the claim in other words.
    const b = await api.ingest({
      body: `${place} news\n\nIn 2023 the ${place} council shut 14 of its libraries, according to the mayor.`,
      format: 'text',
      publishedAt: '2024-05-02',
      publisher: 'Evening Example',
    });
    const claimB = b.claims.find((c) => c.text.includes('14')) ?? b.claims[0];
    if (!claimB) throw new Error('no claim in article B');

    await workbench.goto(claimB.id);
    const panel = page.getByTestId('tracking-panel');
    await expect(panel.getByTestId('checked-before')).toContainText('Checked before: False, ');
    await expect(panel.getByTestId('checked-before').getByRole('link')).toHaveAttribute(
      'href',
      new RegExp(`/published/${claimA.id}$`),
    );
    await expect(panel.getByRole('button', { name: /Apply the earlier verdict/ })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('workbench-checked-before.png'), fullPage: true });

    // In the queue it is a repeat, not new work.
    await page.goto('/claims?repeat=yes');
    const row = page.getByTestId('queue').locator(`tr[data-claim-id="${claimB.id}"]`);
    await expect(row.getByTestId('checked-before')).toContainText('Checked before: False');
    await expect(page.getByTestId('queue').locator(`tr[data-claim-id="${claimA.id}"]`)).toHaveCount(0);
    await page.screenshot({ path: testInfo.outputPath('queue-repeats.png'), fullPage: true });
    await page.goto('/claims?repeat=no');
    await expect(page.getByTestId('queue').locator(`tr[data-claim-id="${claimB.id}"]`)).toHaveCount(0);

    // The tracked-claim page: both appearances on the timeline and in its table.
    await workbench.goto(claimB.id);
    await page.getByTestId('tracked-link').click();
    await expect(page).toHaveURL(/\/tracked\//);
    await expect(page.getByTestId('timeline-point')).toHaveCount(2);
    const appearances = page.getByTestId('appearances');
    await expect(appearances.locator(`tr[data-claim-id="${claimA.id}"]`)).toContainText('Daily Example');
    await expect(appearances.locator(`tr[data-claim-id="${claimB.id}"]`)).toContainText('Evening Example');
    await expect(page.getByTestId('verdict-history')).toContainText('False');
    await page.screenshot({ path: testInfo.outputPath('tracked-claim.png'), fullPage: true });

    // A paraphrase sent to the REST lookup returns the claim with its verdict.
    const created = await api.post('key.create', { name: `tracking ${place}`, scopes: ['claims:read'] });
    expect(created.ok(), await created.text()).toBe(true);
    const { token } = ((await created.json()) as { result: { data: { json: { token: string } } } }).result.data.json;
    const lookup = await request.get(
      `/api/v1/claims/lookup?text=${encodeURIComponent(`${place} council shut fourteen libraries in 2023`)}`,
      {
        headers: { authorization: `Bearer ${token}` },
      },
    );
    expect(lookup.status()).toBe(200);
    const { items } = (await lookup.json()) as {
      items: Array<{
        id: string;
        score: number;
        trackedClaim: { appearances: number; verdict: { verdict: string } | null } | null;
      }>;
    };
    expect([claimA.id, claimB.id]).toContain(items[0]?.id);
    expect(items[0]?.score).toBeGreaterThan(0);
    expect(items[0]?.trackedClaim).toMatchObject({ appearances: 2, verdict: { verdict: 'False' } });
    const empty = await request.get('/api/v1/claims/lookup?text=', { headers: { authorization: `Bearer ${token}` } });
    expect(empty.status()).toBe(400);

    // Back to the defaults for any spec that runs later.
    await api.post('tracking.updateSettings', { autoThreshold: 0.85, suggestThreshold: 0.55 });
  });
});
