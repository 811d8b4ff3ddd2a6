import { expect, type Locator, type Page } from '@playwright/test';

export class QueuePage {
  readonly table: Locator;
  readonly rows: Locator;

  constructor(private readonly page: Page) {
    this.table = page.getByTestId('queue');
    this.rows = this.table.locator('tbody tr');
  }

  async goto(query = '') {
    await this.page.goto(`/claims${query}`);
    await expect(this.page.getByRole('heading', { name: 'Review queue' })).toBeVisible();
  }

  filter(label: string) {
    return this.page.getByLabel(label, { exact: true });
  }

  row(claimId: string) {
    return this.table.locator(`tr[data-claim-id="${claimId}"]`);
  }

  current() {
    return this.table.locator('tr.current');
  }

  count() {
    return this.page.getByTestId('queue-count');
  }
}
