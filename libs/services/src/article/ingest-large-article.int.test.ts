import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { extractClaims, EXTRACTOR_VERSION, type ExtractedClaim } from '@claimledger/claim-extraction';
import { findWorkspaceRoot, insertArticleWithClaims, runInTransaction, type Database } from '@claimledger/db';
import { openTestDatabase, uniqueSuffix } from '@claimledger/db/testing';
import { AppError } from '@claimledger/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLAIMS_PER_PART, ONE_PART_MAX } from '../event-loop';
import { ingestArticle, loadArticle } from './ingest-article';
import { contentHash, normaliseText } from './normalise-text';

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(() => db.close());

/** The team's labelled news articles, one after another: several parts' worth of claims. */
function longArticle(tag: string): string {
  const dir = path.join(findWorkspaceRoot(), 'libs/claim-extraction/golden/news');
  const stories = readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => readFileSync(path.join(dir, name), 'utf8').trim());
  return [`News digest ${tag}`, ...stories, ...stories.map((s, i) => `Update ${i + 1}. ${s}`)].join('\n\n');
}

const statusOf = async (id: string) =>
  (await db.prisma.article.findUniqueOrThrow({ where: { id }, select: { status: true } })).status;

/** Stores an article with these claims in one transaction; `complete` false is a run cut off. */
function store(text: string, claims: ExtractedClaim[], complete: boolean): Promise<string> {
  return runInTransaction(db.prisma, (tx) =>
    insertArticleWithClaims(
      tx,
      {
        title: complete ? 'Many claims' : 'Cut off',
        url: null,
        canonicalUrl: null,
        byline: null,
        publishedAt: null,
        language: 'en',
        text,
        contentHash: contentHash(text),
        ingestSource: 'text',
        publisher: null,
        extractorVersion: EXTRACTOR_VERSION,
        claims,
      },
      complete,
    ),
  );
}

/** Stores the article as a cut-off run leaves it: marked incomplete, with only its first part of claims. */
async function cutOff(body: string, touchedMinutesAgo: number): Promise<{ id: string; expected: number }> {
  const text = normaliseText(body);
  const claims = extractClaims(text, { publishedAt: null });
  const id = await store(text, claims.slice(0, CLAIMS_PER_PART), false);
  await db.prisma
    .$executeRaw`UPDATE "Article" SET "updatedAt" = now() - make_interval(mins => ${touchedMinutesAgo}) WHERE id = ${id}`;
  return { id, expected: claims.length };
}

describe('a large article is stored in parts', () => {
  it('stores every claim over several transactions and ends whole', async () => {
    const { article, created } = await ingestArticle(db.prisma, { body: longArticle(uniqueSuffix()), format: 'text' });
    expect(created).toBe(true);
    expect(article.claims.length).toBeGreaterThan(ONE_PART_MAX);
    expect(await statusOf(article.id)).toBe('extracted');
    for (const c of article.claims) expect(article.text.slice(c.start, c.end)).toBe(c.text);
    const spans = new Set(article.claims.map((c) => `${c.start}:${c.end}`));
    expect(spans.size).toBe(article.claims.length);
  });

  it('reads an article of more claims than one page back in pages: every claim once, in text order', async () => {
    // One story's claims, copied at each repeat of its text: over 800 claims, stored at once.
    const story = normaliseText(longArticle(uniqueSuffix()));
    const once = extractClaims(story, { publishedAt: null });
    const copies = 10;
    const text = Array.from({ length: copies }, () => story).join('\n\n');
    const claims = Array.from({ length: copies }, (_, k) =>
      once.map((c) => ({ ...c, start: c.start + k * (story.length + 2), end: c.end + k * (story.length + 2) })),
    ).flat();
    const expected = claims.length;
    expect(expected).toBeGreaterThan(800);
    const id = await store(text, claims, true);
    const article = await loadArticle(db.prisma, id);
    const direct = await db.prisma.claim.findMany({
      where: { articleId: id, removedInVersion: 0 },
      orderBy: [{ start: 'asc' }, { end: 'asc' }],
      select: { id: true },
    });
    expect(article.claims.map((c) => c.id)).toEqual(direct.map((c) => c.id));
    expect(article.claims).toHaveLength(expected);
  });

  it('a run cut off between parts is finished by the next ingest of the same text, with no claim twice', async () => {
    const body = longArticle(uniqueSuffix());
    const { id, expected } = await cutOff(body, 10);
    expect(expected).toBeGreaterThan(ONE_PART_MAX);
    const { article, created } = await ingestArticle(db.prisma, { body, format: 'text' });
    expect(created).toBe(false);
    expect(article.id).toBe(id);
    expect(article.claims).toHaveLength(expected);
    expect(await statusOf(id)).toBe('extracted');
  });

  it('while another run is still storing the parts, a second ingest is told to retry and changes nothing', async () => {
    const body = longArticle(uniqueSuffix());
    const { id } = await cutOff(body, 0);
    const error = await ingestArticle(db.prisma, { body, format: 'text' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('UNAVAILABLE');
    expect(await db.prisma.claim.count({ where: { articleId: id } })).toBe(CLAIMS_PER_PART);
    expect(await statusOf(id)).toBe('ingested');
  });
});
