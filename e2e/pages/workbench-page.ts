import { expect, type Locator, type Page } from '@playwright/test';

/** The claim workbench: article in context, claim header, verdict, citations, fields, activity. */
export class WorkbenchPage {
  readonly header: Locator;
  readonly verdict: Locator;
  readonly citations: Locator;
  readonly fields: Locator;
  readonly activity: Locator;

  constructor(readonly page: Page) {
    this.header = page.getByRole('region', { name: 'Claim', exact: true });
    this.verdict = page.getByRole('region', { name: 'Verdict' });
    this.citations = page.getByRole('region', { name: 'Citations' });
    this.fields = page.getByRole('region', { name: 'Structured fields' });
    this.activity = page.getByRole('region', { name: 'Activity' });
  }

  async goto(claimId: string) {
    await this.page.goto(`/claims/${claimId}`);
    await expect(this.header).toBeVisible();
  }

  state() {
    return this.header.getByTestId('state-badge');
  }

  async move(to: string) {
    await this.header.getByRole('button', { name: `Move to ${to}` }).click();
    await expect(this.state()).toHaveText(to);
  }

  async addCitation(input: { url: string; title: string; stance: 'supports' | 'refutes' | 'context'; quote: string }) {
    const form = this.citations.getByRole('form', { name: 'Add citation' });
    await form.getByLabel('Source URL').fill(input.url);
    await form.getByLabel('Title').fill(input.title);
    await form.getByLabel('Stance').selectOption(input.stance);
    await form.getByLabel('Exact quote from the source').fill(input.quote);
    await form.getByRole('button', { name: 'Add citation' }).click();
  }

  async submitVerdict(rationale: string) {
    const form = this.verdict.getByRole('form', { name: 'Verdict form' });
    await form.getByLabel('Rationale').fill(rationale);
    await form.getByRole('button', { name: 'Submit for second review' }).click();
    await expect(this.state()).toHaveText('Submitted');
  }

  async editField(label: string, value: string) {
    await this.fields.getByRole('button', { name: 'Edit fields' }).click();
    await this.fields.getByLabel(label, { exact: true }).fill(value);
    await this.fields.getByRole('button', { name: 'Save fields' }).click();
  }

  auditTrail() {
    return this.activity.getByTestId('audit-trail');
  }
}
