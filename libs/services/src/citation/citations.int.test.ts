import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Database } from '@claimledger/db';
import { createTestActor, openTestDatabase, uniqueSuffix } from '@claimledger/db/testing';
import { type AppError, type Actor } from '@claimledger/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestArticle } from '../article/ingest-article';
import { archiveCitation } from './archive-citation';
import { CitationArchiver } from './citation-archiver';
import { attachCitation, getArchivedCopy, listClaimCitations } from './citations';

/** A local stand-in for the web: pages, a redirect, errors, a slow host and a non-text file. */
const pages = new Map<string, string>();
let server: Server;
let base = '';
let db: Database;
let reviewer: Actor;
let claimId = '';
/** The test "web" runs on 127.0.0.1, which the archiver refuses unless told otherwise. */
const local = { allowPrivateHosts: true };

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    if (path === '/moved') return res.writeHead(302, { location: '/report' }).end();
    if (path === '/slow') return; // never answers
    if (path === '/image') return res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from([137, 80, 78, 71]));
    const body = pages.get(path);
    if (body === undefined) return res.writeHead(404, { 'content-type': 'text/plain' }).end('gone');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  db = await openTestDatabase();
  reviewer = await createTestActor(db.prisma, 'reviewer');
  const { article } = await ingestArticle(db.prisma, {
    body: `Jobs ${uniqueSuffix()}: unemployment fell to 4.2 percent in March.`,
    format: 'text',
  });
  claimId = article.claims[0]?.id ?? '';
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await db.close();
});

const report = `<html><head><title>Labour report</title><script>window.evil = 1</script></head><body>
<nav>Home · About</nav><h1>Labour market, March</h1>
<p>The unemployment rate fell to 4.2 per cent in March,
the lowest in a decade, the statistics office said.</p></body></html>`;

function cite(path: string, quote = 'unemployment rate fell to 4.2 per cent') {
  return attachCitation(db.prisma, reviewer, {
    claimId,
    sourceUrl: `${base}${path}`,
    stance: 'supports',
    quote,
    title: 'Labour report',
  });
}

describe('citations with archived sources', () => {
  it('stores a citation as pending without fetching anything, then archives the source with hash, time and quote anchor', async () => {
    pages.set('/report', report);
    const citation = await cite('/report');
    expect(citation.archive).toMatchObject({ status: 'pending', hash: null, archivedAt: null });
    await archiveCitation(db.prisma, citation.id, local);
    const [stored] = (await listClaimCitations(db.prisma, claimId)).filter((c) => c.id === citation.id);
    expect(stored?.archive).toMatchObject({
      status: 'archived',
      url: `${base}/report`,
      hash: createHash('sha256').update(report).digest('hex'),
      quoteFound: true,
      error: null,
    });
    expect(stored?.archive.archivedAt).toBeInstanceOf(Date);
    expect(stored?.selector).toEqual({
      type: 'TextQuoteSelector',
      exact: 'unemployment rate fell to 4.2 per cent',
      prefix: 'Labour market, March\n\nThe ',
      suffix: ' in March, the lowest in a decad',
    });
  });

  it('keeps the evidence when the source changes or disappears afterwards', async () => {
    pages.set('/changing', report);
    const citation = await cite('/changing');
    await archiveCitation(db.prisma, citation.id, local);
    pages.set('/changing', '<p>Page rewritten: nothing about unemployment here.</p>');
    pages.delete('/changing');
    const copy = await getArchivedCopy(db.prisma, citation.id);
    expect(copy.hash).toBe(createHash('sha256').update(report).digest('hex'));
    expect(copy.text).not.toContain('window.evil');
    expect(copy.quote && copy.text.slice(copy.quote.start, copy.quote.end)).toBe('unemployment rate fell to 4.2 per cent');
  });

  it('follows redirects and records where the copy came from', async () => {
    pages.set('/report', report);
    const citation = await cite('/moved');
    await archiveCitation(db.prisma, citation.id, local);
    const [stored] = (await listClaimCitations(db.prisma, claimId)).filter((c) => c.id === citation.id);
    expect(stored?.archive).toMatchObject({ status: 'archived', url: `${base}/report` });
  });

  it('archives a page that does not contain the quote, and says so', async () => {
    pages.set('/other', '<p>Inflation rose to 3 per cent.</p>');
    const citation = await cite('/other');
    await archiveCitation(db.prisma, citation.id, local);
    const [stored] = (await listClaimCitations(db.prisma, claimId)).filter((c) => c.id === citation.id);
    expect(stored?.archive).toMatchObject({ status: 'archived', quoteFound: false });
    expect(stored?.selector).toMatchObject({ exact: 'unemployment rate fell to 4.2 per cent', prefix: '', suffix: '' });
  });

  it('records sources that cannot be fetched as failed, with the reason', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const closedUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/x`;
    await new Promise((resolve) => closed.close(resolve));

    const cases: [string, RegExp][] = [
      [`${base}/missing`, /^the source answered HTTP 404 Not Found$/],
      [`${base}/image`, /^the source is image\/png, not a web page or text$/],
      [`${base}/slow`, /^could not fetch the source: .*(timeout|aborted)/i],
      [closedUrl, /^could not fetch the source: .*ECONNREFUSED/],
    ];
    for (const [url, reason] of cases) {
      const citation = await attachCitation(db.prisma, reviewer, {
        claimId,
        sourceUrl: url,
        stance: 'refutes',
        quote: 'anything at all',
      });
      await archiveCitation(db.prisma, citation.id, { ...local, timeoutMs: 300 });
      const [stored] = (await listClaimCitations(db.prisma, claimId)).filter((c) => c.id === citation.id);
      expect(stored?.archive.status, url).toBe('failed');
      expect(stored?.archive.error, url).toMatch(reason);
      expect(stored?.archive.hash).toBeNull();
    }
  });

  it('refuses sources on private networks by default', async () => {
    pages.set('/report', report);
    const citation = await cite('/report');
    await archiveCitation(db.prisma, citation.id);
    const [stored] = (await listClaimCitations(db.prisma, claimId)).filter((c) => c.id === citation.id);
    expect(stored?.archive).toMatchObject({
      status: 'failed',
      error: "the source's address 127.0.0.1 is on a private network; archiving it is not allowed",
    });
  });

  it('refuses oversized sources', async () => {
    pages.set('/huge', `<p>${'x'.repeat(70_000)}</p>`);
    const citation = await cite('/huge');
    await archiveCitation(db.prisma, citation.id, { ...local, maxBytes: 64 * 1024 });
    const [stored] = (await listClaimCitations(db.prisma, claimId)).filter((c) => c.id === citation.id);
    expect(stored?.archive).toMatchObject({ status: 'failed', error: 'the source is larger than 64 KiB' });
  });

  it('archives in the background: the archiver works through queued and left-over citations', async () => {
    pages.set('/report', report);
    const first = await cite('/report');
    const second = await cite('/report');
    const archiver = new CitationArchiver(db.prisma, local);
    archiver.enqueue(first.id);
    archiver.enqueue(first.id);
    await archiver.idle();
    const leftOver = await archiver.resume();
    expect(leftOver).toBeGreaterThanOrEqual(1);
    const statuses = (await listClaimCitations(db.prisma, claimId))
      .filter((c) => [first.id, second.id].includes(c.id))
      .map((c) => c.archive.status);
    expect(statuses).toEqual(['archived', 'archived']);
  });

  it('rejects bad input and unknown claims, storing nothing', async () => {
    const before = (await listClaimCitations(db.prisma, claimId)).length;
    const bad = await attachCitation(db.prisma, reviewer, {
      claimId,
      sourceUrl: 'javascript:alert(1)',
      stance: 'supports',
      quote: 'x',
    }).catch((e: unknown) => e);
    expect((bad as AppError).code).toBe('BAD_INPUT');
    expect((bad as AppError).message).toMatch(/http\(s\) URL/);
    const missing = await attachCitation(db.prisma, reviewer, {
      claimId: 'nosuchclaim',
      sourceUrl: `${base}/report`,
      stance: 'supports',
      quote: 'the quote',
    }).catch((e: unknown) => e);
    expect((missing as AppError).code).toBe('NOT_FOUND');
    const viewer = await createTestActor(db.prisma, 'viewer');
    const denied = await attachCitation(db.prisma, viewer, {
      claimId,
      sourceUrl: `${base}/report`,
      stance: 'supports',
      quote: 'the quote',
    }).catch((e: unknown) => e);
    expect((denied as AppError).code).toBe('FORBIDDEN');
    expect((await listClaimCitations(db.prisma, claimId)).length).toBe(before);
  });
});
