import type { Page } from '@playwright/test';

export type IngestFields = {
  body: string;
  title?: string;
  publishedAt?: string;
  publisher?: string;
  url?: string;
  html?: boolean;
};

export class IngestPage {
  constructor(private readonly page: Page) {}

  async goto() {
    await this.page.goto('/articles/new');
  }

  async submit(fields: IngestFields) {
    const form = this.page.locator('form.ingest-form');
    if (fields.title) await form.getByLabel('Title').fill(fields.title);
    if (fields.url) await form.getByLabel('URL').fill(fields.url);
    if (fields.publisher) await form.getByLabel('Publisher').fill(fields.publisher);
    if (fields.publishedAt) await form.getByLabel('Published on').fill(fields.publishedAt);
    if (fields.html) await form.getByLabel('HTML').check();
    await form.getByLabel('Article').fill(fields.body);
    await form.getByRole('button', { name: 'Save and extract claims' }).click();
  }
}
