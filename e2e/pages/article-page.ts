import { expect, type Locator, type Page } from '@playwright/test';

export class ArticlePage {
  readonly text: Locator;
  readonly marks: Locator;
  readonly details: Locator;
  readonly panel: Locator;

  constructor(private readonly page: Page) {
    this.text = page.getByTestId('article-text');
    this.marks = this.text.locator('mark.claim-mark');
    this.details = page.getByTestId('claim-details');
    this.panel = page.getByRole('region', { name: 'Selected claim' });
  }

  async goto(id: string) {
    await this.page.goto(`/articles/${id}`);
    await expect(this.text).toBeVisible();
  }

  title() {
    return this.page.getByTestId('article-title');
  }

  mark(text: string) {
    return this.marks.filter({ hasText: text }).first();
  }

  field(name: string) {
    return this.details.locator(`dd[data-field="${name}"]`);
  }

  async selectClaim(text: string) {
    await this.mark(text).click();
    await expect(this.details).toBeVisible();
  }

  async move(to: string) {
    await this.panel.getByRole('button', { name: `Move to ${to}` }).click();
  }

  state() {
    return this.panel.getByTestId('state-badge');
  }

  /** Offsets of every highlighted character range in the article text. */
  async highlightedRanges(): Promise<Array<{ start: number; end: number }>> {
    return this.text.evaluate((root) => {
      const ranges: Array<{ start: number; end: number }> = [];
      let offset = 0;
      for (const node of Array.from(root.childNodes)) {
        const length = node.textContent?.length ?? 0;
        if (node.nodeName === 'MARK') ranges.push({ start: offset, end: offset + length });
        offset += length;
      }
      return ranges;
    });
  }
}
