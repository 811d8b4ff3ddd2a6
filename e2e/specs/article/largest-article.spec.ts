import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, unique } from '../../fixtures';

/** The largest article the product accepts (MAX_ARTICLE_BYTES in @claimledger/contracts). */
const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;
const NEWS = path.resolve(import.meta.dirname, '../../../libs/claim-extraction/golden/news');

/** Just under 2 MiB of news: the team's own labelled articles, each copy a numbered dispatch. */
function largestArticle(tag: string): string {
  const stories = readdirSync(NEWS)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => readFileSync(path.join(NEWS, name), 'utf8').trim());
  const heading = `Largest article ${tag}`;
  const parts = [heading];
  let bytes = Buffer.byteLength(heading);
  for (let i = 0; ; i++) {
    const part = `Dispatch ${i + 1}.\n\n${stories[i % stories.length]}`;
    const size = Buffer.byteLength(part) + 2;
    if (bytes + size > MAX_ARTICLE_BYTES - 1024) break;
    parts.push(part);
    bytes += size;
  }
  return parts.join('\n\n');
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN;

// The embedded database (one connection, on the web server's thread) is where a large ingest
// could stall everyone: the job's data is stored in parts, claims are stored and matched in short
// parts that give way to requests, and the article is read back in pages.
test('an article of the maximum size ingests while claim pages keep answering (no stall)', async ({ page, api, baseURL }) => {
  test.setTimeout(300_000);
  await page.goto('/claims');
  const href = (await page.locator('a[href^="/claims/c"]').first().getAttribute('href')) ?? '';
  expect(href).toMatch(/^\/claims\/c/);
  // The reads go out on a client of their own (Node's fetch with the session's cookie): the
  // ingest's 2 MiB request and 3 MiB answer pass through Playwright's driver, which would queue
  // a read behind them in the test process, not in the server.
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  const read = async () => {
    const started = performance.now();
    const res = await fetch(new URL(href, baseURL), { headers: { cookie } });
    await res.arrayBuffer();
    expect(res.status).toBe(200);
    return performance.now() - started;
  };
  for (let i = 0; i < 10; i++) await read();

  const body = largestArticle(unique());
  expect(Buffer.byteLength(body)).toBeGreaterThan(MAX_ARTICLE_BYTES - 64 * 1024);
  let done = false;
  const ingest = api.ingest({ body, format: 'text' }).finally(() => (done = true));
  const times: number[] = [];
  while (!done) {
    times.push(await read());
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const article = await ingest;
  expect(article.claims.length).toBeGreaterThan(1000);
  const sorted = [...times].sort((a, b) => a - b);
  test.info().annotations.push({
    type: 'claim page during ingest',
    description: `${times.length} reads, median ${percentile(sorted, 0.5).toFixed(0)} ms, p95 ${percentile(sorted, 0.95).toFixed(0)} ms, max ${percentile(sorted, 1).toFixed(0)} ms; ${article.claims.length} claims`,
  });
  expect(times.length).toBeGreaterThan(20);
  // No stall: before claims were stored and matched in parts, one read waited 30 s and more. The
  // slowest reads (about 300 ms here on 2 loaded cores, 1,006 ms once with benchmarks and two
  // other sessions' work beside CI) fall as the 2,075-claim answer is built. The read times are
  // figures, not a test (the annotation above; docs/benchmarks.md): a p95 bound of 200 ms failed
  // at 411 ms on a machine shared with other work, with nothing stalled.
  expect(percentile(sorted, 1)).toBeLessThan(3_000);
});
