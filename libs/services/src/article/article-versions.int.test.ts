import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ensureVerdictScale, type Database } from '@claimledger/db';
import { createTestActor, openTestDatabase, uniqueSuffix } from '@claimledger/db/testing';
import { DEFAULT_VERDICT_SCALE } from '@claimledger/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listClaimAudit } from '../activity/activity';
import { moveClaimState } from '../claim/move-claim-state';
import { listClaimReviews, listVerdictLabels, submitReview } from '../review/reviews';
import { getArticleHistory } from './article-history';
import { ingestFromUrl } from './ingest-from-url';

let db: Database;
let server: Server;
let port = 0;
const pages = new Map<string, string>();
const local = { allowPrivateHosts: true, resolve: async () => [{ address: '127.0.0.1', family: 4 }] };

beforeAll(async () => {
  db = await openTestDatabase();
  await ensureVerdictScale(db.prisma, DEFAULT_VERDICT_SCALE);
  server = createServer((req, res) => {
    const page = pages.get(req.url ?? '');
    if (page) res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await db.close();
});

const page = (paragraphs: string[]) =>
  `<html><head><meta property="og:title" content="Council budget"></head><body><article><h1>Council budget</h1>${paragraphs
    .map((p) => `<p>${p}</p>`)
    .join('')}</article></body></html>`;

describe('article versions', () => {
  it('a changed text becomes a new version: unchanged reviewed claims keep their review, removed claims are flagged', async () => {
    const tag = uniqueSuffix();
    const url = `http://council-${tag}.test:${port}/budget`;
    const kept = `The council ${tag} paved 120 miles of road in 2023, the roads department said in its annual report.`;
    const dropped = 'Bus fares rose 8 percent in 2024, according to figures published by the transport authority.';
    const added = 'The city planted 4,500 trees in 2024, the parks office said on Tuesday in a short statement.';
    pages.set('/budget', page([dropped, kept]));

    const first = await ingestFromUrl(db.prisma, { url }, local);
    const road = first.article.claims.find((c) => c.value === 120);
    const fares = first.article.claims.find((c) => c.value === 0.08);
    if (!road || !fares) throw new Error(`claims not extracted: ${JSON.stringify(first.article.claims.map((c) => c.text))}`);

    const reviewer = await createTestActor(db.prisma, 'reviewer', `reviewer ${tag}`);
    await moveClaimState(db.prisma, reviewer, { id: road.id, to: 'in_review', expectedVersion: 1 });
    const label = (await listVerdictLabels(db.prisma)).find((l) => l.slug === 'mostly-true');
    await submitReview(db.prisma, reviewer, {
      claimId: road.id,
      verdictLabelId: label?.id ?? '',
      rationale: 'Records show 118 miles.',
      expectedVersion: 2,
    });

    // The page changes: one paragraph gone, one added, the reviewed sentence moved.
    pages.set('/budget', page([kept, added]));
    const second = await ingestFromUrl(db.prisma, { url }, local);
    expect(second).toMatchObject({ created: false, revised: true, version: 2, article: { id: first.article.id } });

    const roadNow = second.article.claims.find((c) => c.value === 120);
    expect(roadNow).toMatchObject({ id: road.id, state: 'submitted' });
    expect(second.article.text.slice(roadNow?.start, roadNow?.end)).toBe(roadNow?.text);
    expect(roadNow?.start).not.toBe(road.start);
    expect((await listClaimReviews(db.prisma, road.id)).map((r) => r.rationale)).toEqual(['Records show 118 miles.']);
    expect(second.article.claims.find((c) => c.value === 4500)).toMatchObject({ state: 'new' });
    expect(second.article.claims.find((c) => c.id === fares.id)).toBeUndefined();

    const history = await getArticleHistory(db.prisma, first.article.id);
    expect(history.versions.map((v) => v.version)).toEqual([1, 2]);
    const changes = history.versions[1]?.changes ?? [];
    expect(
      changes
        .filter((c) => c.kind === 'removed')
        .map((c) => c.text)
        .join(''),
    ).toContain('Bus fares rose');
    expect(
      changes
        .filter((c) => c.kind === 'added')
        .map((c) => c.text)
        .join(''),
    ).toContain('planted 4,500 trees');
    expect(history.removedClaims).toEqual([expect.objectContaining({ id: fares.id, removedInVersion: 2 })]);
    const audit = await listClaimAudit(db.prisma, fares.id);
    expect(audit.map((a) => a.action)).toContain('claim.removed_from_article');

    // Fetching the same text again changes nothing.
    const third = await ingestFromUrl(db.prisma, { url }, local);
    expect(third).toMatchObject({ revised: false, version: 2 });
  });
});
