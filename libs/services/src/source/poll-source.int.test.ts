import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Database } from '@claimledger/db';
import { openTestDatabase, uniqueSuffix } from '@claimledger/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pollSource } from './poll-source';
import { addSource, listSources } from './sources';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
let db: Database;
let server: Server;
let port = 0;
/** Routes by "host path", so every test has its own sites on the one local server. */
const routes = new Map<string, Handler>();
const requests: string[] = [];
const resolve = async () => [{ address: '127.0.0.1', family: 4 }];

beforeAll(async () => {
  db = await openTestDatabase();
  server = createServer((req, res) => {
    const key = `${(req.headers.host ?? '').split(':')[0]} ${req.url ?? ''}`;
    requests.push(key);
    const handler = routes.get(key);
    if (handler) handler(req, res);
    else res.writeHead(404).end();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
  await db.close();
});

const url = (host: string, path: string) => `http://${host}:${port}${path}`;
const rss = (items: { guid: string; link: string; title: string }[]) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Local News</title>${items
    .map((i) => `<item><title>${i.title}</title><link>${i.link}</link><guid>${i.guid}</guid></item>`)
    .join('')}</channel></rss>`;

function collector() {
  const seen: { url: string; sourceId: string }[] = [];
  return { seen, enqueueIngest: async (u: string, sourceId: string) => void seen.push({ url: u, sourceId }) };
}

describe('pollSource', () => {
  it('passes new items on once (by guid and by URL), uses a conditional GET, and reports health', async () => {
    const host = `feed-${uniqueSuffix()}.test`;
    const items = [
      { guid: 'g1', link: url(host, '/a1'), title: 'A1' },
      { guid: 'g2', link: url(host, '/a2'), title: 'A2' },
    ];
    let body = rss(items);
    routes.set(`${host} /robots.txt`, (_req, res) =>
      res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nDisallow: /private/\n'),
    );
    routes.set(`${host} /rss`, (req, res) => {
      const etag = `"${body.length}"`;
      if (req.headers['if-none-match'] === etag) res.writeHead(304).end();
      else res.writeHead(200, { 'content-type': 'application/rss+xml', etag }).end(body);
    });
    const { source } = await addSource(db.prisma, null, { url: url(host, '/rss'), intervalMinutes: 15 });
    const sink = collector();
    const now = new Date();
    const first = await pollSource(db.prisma, source.id, { ...sink, resolve, allowPrivateHosts: true, now });
    expect(first).toMatchObject({ status: 'ok', newItems: 2, enqueued: 2 });
    expect(first.nextPollAt.getTime() - now.getTime()).toBe(15 * 60_000);
    expect(sink.seen.map((s) => s.url)).toEqual([url(host, '/a1'), url(host, '/a2')]);

    // Unchanged feed: 304, nothing new.
    const second = await pollSource(db.prisma, source.id, { ...sink, resolve, allowPrivateHosts: true });
    expect(second).toMatchObject({ status: 'not-modified', newItems: 0 });

    // One new item, one item re-listed under a new guid but the same URL, one disallowed by robots.txt.
    body = rss([
      ...items,
      { guid: 'g3', link: url(host, '/a3'), title: 'A3' },
      { guid: 'g1-again', link: url(host, '/a1'), title: 'A1 (updated)' },
      { guid: 'g4', link: url(host, '/private/a4'), title: 'A4' },
    ]);
    const third = await pollSource(db.prisma, source.id, { ...sink, resolve, allowPrivateHosts: true });
    expect(third).toMatchObject({ status: 'ok', newItems: 3, enqueued: 1 });
    expect(sink.seen.map((s) => s.url)).toEqual([url(host, '/a1'), url(host, '/a2'), url(host, '/a3')]);

    const health = (await listSources(db.prisma)).find((s) => s.id === source.id);
    expect(health).toMatchObject({
      status: 'ok',
      kind: 'feed',
      title: 'Local News',
      itemsLastDay: 5,
      lastError: null,
      failureCount: 0,
    });
    // robots.txt was read once and cached in the database.
    expect(requests.filter((r) => r === `${host} /robots.txt`)).toHaveLength(1);
  });

  it('reads a Google News sitemap through a sitemap index', async () => {
    const host = `sitemap-${uniqueSuffix()}.test`;
    routes.set(`${host} /sitemap.xml`, (_req, res) =>
      res
        .writeHead(200, { 'content-type': 'application/xml' })
        .end(
          `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>${url(host, '/news.xml')}</loc></sitemap></sitemapindex>`,
        ),
    );
    routes.set(`${host} /news.xml`, (_req, res) =>
      res.writeHead(200, { 'content-type': 'text/xml' }).end(
        `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
          <url><loc>${url(host, '/story-1')}</loc><news:news><news:publication_date>2025-03-01</news:publication_date><news:title>Story 1</news:title></news:news></url>
        </urlset>`,
      ),
    );
    const { source } = await addSource(db.prisma, null, { url: url(host, '/sitemap.xml'), intervalMinutes: 60 });
    const sink = collector();
    const result = await pollSource(db.prisma, source.id, { ...sink, resolve, allowPrivateHosts: true });
    expect(result).toMatchObject({ status: 'ok', newItems: 1, enqueued: 1 });
    expect(sink.seen).toEqual([{ url: url(host, '/story-1'), sourceId: source.id }]);
    expect((await listSources(db.prisma)).find((s) => s.id === source.id)).toMatchObject({ kind: 'sitemap', status: 'ok' });
  });

  it('marks feeds that fail (500, timeout, garbage XML) as failing with the reason, backs off, and leaves other sources alone', async () => {
    const tag = uniqueSuffix();
    const broken = `broken-${tag}.test`;
    const healthy = `healthy-${tag}.test`;
    routes.set(`${broken} /500`, (_req, res) => res.writeHead(500, { 'content-type': 'text/plain' }).end('oops'));
    routes.set(
      `${broken} /slow`,
      (_req, res) => void res.writeHead(200, { 'content-type': 'application/rss+xml' }).write('<rss>'),
    );
    routes.set(`${broken} /garbage`, (_req, res) =>
      res.writeHead(200, { 'content-type': 'application/xml' }).end('<rss><channel><item>oops</rss'),
    );
    routes.set(`${broken} /html`, (_req, res) =>
      res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>Not a feed</body></html>'),
    );
    routes.set(`${healthy} /rss`, (_req, res) =>
      res
        .writeHead(200, { 'content-type': 'application/rss+xml' })
        .end(rss([{ guid: 'h1', link: url(healthy, '/h1'), title: 'H1' }])),
    );
    const sink = collector();
    const options = { ...sink, resolve, allowPrivateHosts: true, timeoutMs: 400 };
    const cases: [string, RegExp][] = [
      ['/500', /^answered HTTP 500 Internal Server Error$/],
      ['/slow', /^timed out$/],
      ['/garbage', /^not valid XML: /],
      ['/html', /not an RSS\/Atom feed or sitemap \(the document is <html>\)/],
    ];
    const healthySource = (await addSource(db.prisma, null, { url: url(healthy, '/rss'), intervalMinutes: 15 })).source;
    for (const [path, reason] of cases) {
      const { source } = await addSource(db.prisma, null, { url: url(broken, path), intervalMinutes: 10 });
      const now = new Date();
      const failed = await pollSource(db.prisma, source.id, { ...options, now });
      expect(failed.status, path).toBe('failed');
      expect(failed.error, path).toMatch(reason);
      // First failure: twice the interval; the second doubles again.
      expect(failed.nextPollAt.getTime() - now.getTime(), path).toBe(20 * 60_000);
      const again = await pollSource(db.prisma, source.id, { ...options, now });
      expect(again.nextPollAt.getTime() - now.getTime(), path).toBe(40 * 60_000);
      const health = (await listSources(db.prisma)).find((s) => s.id === source.id);
      expect(health, path).toMatchObject({ status: 'failing', failureCount: 2 });
      expect(health?.lastError, path).toMatch(reason);
    }
    const ok = await pollSource(db.prisma, healthySource.id, options);
    expect(ok).toMatchObject({ status: 'ok', enqueued: 1 });
    expect((await listSources(db.prisma)).find((s) => s.id === healthySource.id)).toMatchObject({
      status: 'ok',
      lastError: null,
    });
    expect(sink.seen.map((s) => s.url)).toEqual([url(healthy, '/h1')]);
  });

  it('records an unexpected failure by the id it was logged with, never its text', async () => {
    const host = `internal-${uniqueSuffix()}.test`;
    routes.set(`${host} /rss`, (_req, res) =>
      res
        .writeHead(200, { 'content-type': 'application/rss+xml' })
        .end(rss([{ guid: 'i1', link: url(host, '/i1'), title: 'I1' }])),
    );
    const leak = 'Invalid `prisma.sourceItem.create()` invocation in /srv/app/libs/db/src/x.ts: Code 22021';
    const enqueueIngest = async () => {
      throw new Error(leak);
    };
    const { source } = await addSource(db.prisma, null, { url: url(host, '/rss'), intervalMinutes: 15 });
    const failed = await pollSource(db.prisma, source.id, { enqueueIngest, resolve, allowPrivateHosts: true });
    expect(failed.status).toBe('failed');
    expect(failed.error).toMatch(/logged with the id [0-9a-f-]{36}/);
    const health = (await listSources(db.prisma)).find((s) => s.id === source.id);
    expect(health?.lastError).toBe(failed.error);
    expect(health?.lastError).not.toMatch(/prisma|22021|\/srv/);
  });

  it('holds at most two requests at a time per host, in the database', async () => {
    const host = `busy-${uniqueSuffix()}.test`;
    let inFlight = 0;
    let most = 0;
    routes.set(`${host} /robots.txt`, (_req, res) => res.writeHead(404).end());
    for (let i = 0; i < 4; i++) {
      routes.set(`${host} /feed-${i}`, (_req, res) => {
        inFlight++;
        most = Math.max(most, inFlight);
        setTimeout(() => {
          inFlight--;
          res
            .writeHead(200, { 'content-type': 'application/rss+xml' })
            .end(rss([{ guid: `b${i}`, link: url(host, `/b${i}`), title: 'B' }]));
        }, 300);
      });
    }
    const sources = await Promise.all(
      [0, 1, 2, 3].map(
        async (i) => (await addSource(db.prisma, null, { url: url(host, `/feed-${i}`), intervalMinutes: 15 })).source,
      ),
    );
    const sink = collector();
    const results = await Promise.all(
      sources.map((s) => pollSource(db.prisma, s.id, { ...sink, resolve, allowPrivateHosts: true })),
    );
    expect(most).toBeLessThanOrEqual(2);
    expect(results.filter((r) => r.status === 'ok').length).toBeGreaterThanOrEqual(1);
    for (const r of results.filter((r) => r.status === 'deferred')) expect(r.nextPollAt.getTime()).toBeGreaterThan(Date.now());
    // Deferred polls run later and succeed: every item arrives once.
    for (const r of results.filter((r) => r.status === 'deferred'))
      await pollSource(db.prisma, r.sourceId, { ...sink, resolve, allowPrivateHosts: true });
    expect(sink.seen.map((s) => s.url).sort()).toEqual([0, 1, 2, 3].map((i) => url(host, `/b${i}`)));
  });

  it('refuses feeds on private networks unless allowed', async () => {
    const host = `intranet-${uniqueSuffix()}.test`;
    const { source } = await addSource(db.prisma, null, { url: url(host, '/rss'), intervalMinutes: 15 });
    const result = await pollSource(db.prisma, source.id, { ...collector(), resolve });
    expect(result.status).toBe('failed');
    expect(result.error).toMatch(/is on a private network$/);
  });
});
