import { expect, type Locator, type Page } from '@playwright/test';

export class ArticlesPage {
  readonly list: Locator;

  constructor(private readonly page: Page) {
    this.list = page.getByTestId('article-list');
  }

  async goto() {
    await this.page.goto('/articles');
    await expect(this.page.getByRole('heading', { name: 'Articles' })).toBeVisible();
  }

  async open(title: string) {
    await this.list.getByRole('link', { name: title }).click();
  }
}
