import { test as base, expect, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { ArticlePage } from './pages/article-page';
import { ArticlesPage } from './pages/articles-page';
import { IngestPage } from './pages/ingest-page';
import { QueuePage } from './pages/queue-page';
import { SignInPage } from './pages/sign-in-page';
import { WorkbenchPage } from './pages/workbench-page';

type IngestInput = { body: string; format: 'text' | 'html'; title?: string; publishedAt?: string; publisher?: string };
type StoredArticle = {
  id: string;
  title: string;
  text: string;
  claims: Array<{ id: string; text: string; start: number; end: number; version: number }>;
};

/** Creates data through the public tRPC endpoint, as a client would. */
class Api {
  constructor(private readonly request: APIRequestContext) {}

  async ingest(input: IngestInput): Promise<StoredArticle> {
    const res = await this.request.post('/api/trpc/article.ingest', { data: { json: input } });
    expect(res.ok(), await res.text()).toBe(true);
    const body = (await res.json()) as { result: { data: { json: { article: StoredArticle } } } };
    return body.result.data.json.article;
  }

  async moveState(id: string, to: string, expectedVersion: number) {
    const res = await this.request.post('/api/trpc/claim.moveState', { data: { json: { id, to, expectedVersion } } });
    expect(res.ok(), await res.text()).toBe(true);
  }

  /** A raw call, for checking refusals. */
  post(path: string, input: unknown) {
    return this.request.post(`/api/trpc/${path}`, { data: { json: input } });
  }

  /** A raw query. */
  get(path: string, input: unknown) {
    return this.request.get(`/api/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`);
  }
}

type Role = 'admin' | 'editor' | 'reviewer' | 'viewer';

/** Opens a second, separate browser session signed in as another person. */
async function personPage(browser: Browser, role: Role): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await new SignInPage(page).signInAs(role);
  return page;
}

/** Where the local "web" of citation sources is served (see support/serve.mjs). */
export const sourceUrl = (name: string) => {
  const port = Number(process.env['E2E_PORT'] ?? 3100) + 1;
  return `http://127.0.0.1:${port}/sources/${name}`;
};

export const test = base.extend<{
  role: Role | null;
  articlesPage: ArticlesPage;
  articlePage: ArticlePage;
  ingestPage: IngestPage;
  signInPage: SignInPage;
  queuePage: QueuePage;
  workbench: WorkbenchPage;
  api: Api;
  /** Another person's page in its own browser session; closed after the test. */
  otherPerson: (role: Role) => Promise<Page>;
}>({
  /** The demo account each test signs in as first; null for a signed-out visitor. */
  role: ['reviewer', { option: true }],
  page: async ({ page, role }, use) => {
    if (role) await new SignInPage(page).signInAs(role);
    await use(page);
  },
  signInPage: async ({ page }, use) => use(new SignInPage(page)),
  articlesPage: async ({ page }, use) => use(new ArticlesPage(page)),
  articlePage: async ({ page }, use) => use(new ArticlePage(page)),
  ingestPage: async ({ page }, use) => use(new IngestPage(page)),
  queuePage: async ({ page }, use) => use(new QueuePage(page)),
  workbench: async ({ page }, use) => use(new WorkbenchPage(page)),
  otherPerson: async ({ browser }, use) => {
    const pages: Page[] = [];
    await use(async (role) => {
      const page = await personPage(browser, role);
      pages.push(page);
      return page;
    });
    for (const page of pages) await page.context().close();
  },
  // Shares the browser's cookies, so API calls act as the signed-in user.
  api: async ({ page }, use) => use(new Api(page.request)),
});

export const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
export { expect };
