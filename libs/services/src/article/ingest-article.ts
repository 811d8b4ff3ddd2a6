import {
  ZIngestArticleInput,
  type TIngestArticleInput,
  type TIngestArticleParsed,
  type TIngestResult,
} from '@claimledger/contracts';
import { EXTRACTOR_VERSION, findTitle } from '@claimledger/claim-extraction';
import {
  deleteArticleClaims,
  findArticle,
  findArticleIdByHash,
  findStoredArticleByHash,
  insertArticleClaims,
  insertArticleWithClaims,
  markArticleExtracted,
  runInTransaction,
  type DbClient,
  type NewArticleRow,
} from '@claimledger/db';
import { AppError } from '@claimledger/domain';
import { isPlausiblePublishedAt, parseInput } from '@claimledger/contracts';
import { cleanHtml } from './clean-html';
import { assertLooksLikeText, assertNoNul, contentHash, normaliseText } from './normalise-text';
import { trackArticleClaims } from '../tracking/track-article';
import { inlineExtractor, type Extractor } from './extractor';
import { claimParts, giveWay } from '../event-loop';

/** A plain text's title: its headline (a kicker line above it is skipped), else its first line. */
function titleOf(text: string): string {
  const line = findTitle(text) ?? text.split('\n').find((l) => l.trim()) ?? 'Untitled article';
  return line.length > 200 ? `${line.slice(0, 197)}…` : line;
}

function domainOf(url: string | undefined): string | null {
  return url ? new URL(url).hostname.replace(/^www\./, '') : null;
}

/** A cleaned article ready to store: what ingestArticle and ingestFromUrl both end with. */
export type ArticleDraft = {
  text: string;
  title: string | null;
  url: string | null;
  canonicalUrl: string | null;
  byline: string | null;
  publishedAt: Date | null;
  publisher: string | null;
  language: string;
  source: TIngestArticleParsed['source'];
};

/**
 * Ingests one article: cleans HTML, normalises text, extracts claims and stores all of it
 * (one transaction, or short parts for a large article), then places each claim in a tracked
 * claim (trackArticleClaims). Idempotent on the content hash: the same text returns the stored article.
 */
export async function ingestArticle(
  db: DbClient,
  raw: TIngestArticleInput,
  extract: Extractor = inlineExtractor,
): Promise<TIngestResult> {
  const { articleId, created } = await ingestArticleId(db, raw, extract);
  return { article: await loadArticle(db, articleId), created };
}

/** ingestArticle without reading the stored article back (jobs and bulk ingest need only its id). */
export async function ingestArticleId(
  db: DbClient,
  raw: TIngestArticleInput,
  extract: Extractor = inlineExtractor,
): Promise<SavedArticle> {
  const input = parseInput(ZIngestArticleInput, raw);
  assertLooksLikeText(input.body);
  const cleaned = input.format === 'html' ? cleanHtml(input.body, input.url) : null;
  const publishedAt = input.publishedAt ?? (cleaned?.publishedAt ? new Date(cleaned.publishedAt) : null);
  return saveArticle(
    db,
    {
      text: cleaned ? cleaned.text : input.body,
      title: input.title ?? cleaned?.title ?? null,
      url: input.url ?? null,
      canonicalUrl: cleaned?.canonicalUrl ?? input.url ?? null,
      byline: cleaned?.byline ?? null,
      publishedAt,
      publisher: input.publisher ?? cleaned?.siteName ?? null,
      language: input.language ?? 'en',
      source: input.source,
    },
    extract,
  );
}

export type SavedArticle = { articleId: string; created: boolean };

/** Normalises, hashes, extracts and stores a draft (or returns the article with the same text). */
export async function storeArticle(
  db: DbClient,
  draft: ArticleDraft,
  extract: Extractor = inlineExtractor,
): Promise<TIngestResult> {
  const { articleId, created } = await saveArticle(db, draft, extract);
  return { article: await loadArticle(db, articleId), created };
}

/** storeArticle without reading the stored article back. */
export async function saveArticle(
  db: DbClient,
  draft: ArticleDraft,
  extract: Extractor = inlineExtractor,
): Promise<SavedArticle> {
  const text = normaliseText(draft.text);
  if (!text) throw new AppError('BAD_INPUT', 'The article has no readable text.');
  assertNoNul(text);
  const hash = contentHash(text);

  const existing = await findStoredArticleByHash(db, hash);
  if (existing?.complete) {
    await trackArticleClaims(db, existing.id);
    return { articleId: existing.id, created: false };
  }

  const validPublishedAt = validDate(draft.publishedAt);
  const claims = await extract(text, validPublishedAt);
  if (existing) {
    // Another run is storing this article's claims in parts: let this one retry later.
    if (Date.now() - existing.touchedAt.getTime() < STALE_PARTS_MS)
      throw new AppError('UNAVAILABLE', 'This article is being stored by another ingest; try again shortly.');
    // An earlier run was cut off while storing a large article's claims: store them again.
    await deleteArticleClaims(db, existing.id);
    await storeClaimsInParts(db, existing.id, claims);
    await trackArticleClaims(db, existing.id);
    return { articleId: existing.id, created: false };
  }
  // A large article is stored in parts (as `ingested` until the last one; see claimParts).
  const [first = [], ...rest] = claimParts(claims);
  let id: string;
  try {
    const row: NewArticleRow = {
      title: draft.title ?? titleOf(text),
      url: draft.url,
      canonicalUrl: draft.canonicalUrl ?? draft.url,
      byline: draft.byline,
      publishedAt: validPublishedAt,
      language: draft.language,
      text,
      contentHash: hash,
      ingestSource: draft.source,
      publisher: draft.publisher
        ? { name: draft.publisher, domain: domainOf(draft.canonicalUrl ?? draft.url ?? undefined) }
        : null,
      extractorVersion: EXTRACTOR_VERSION,
      claims: first,
    };
    id = await runInTransaction(db, (tx) => insertArticleWithClaims(tx, row, rest.length === 0));
  } catch (error) {
    // A concurrent ingest of the same text won the unique content hash: return its article.
    const winner = await findArticleIdByHash(db, hash);
    if (winner) return { articleId: winner, created: false };
    throw error;
  }
  // A failure from here on is the caller's to see: the stored article is finished by the next
  // ingest of the same text (its parts, then its matching), never reported as a duplicate.
  if (rest.length > 0) await storeClaimsInParts(db, id, rest.flat());
  // Follow-up step, idempotent: match the new claims against tracked claims and fact-checks.
  await trackArticleClaims(db, id);
  return { articleId: id, created: true };
}

/** A large article whose parts stopped arriving this long ago was cut off (its run died). */
const STALE_PARTS_MS = 2 * 60_000;

async function storeClaimsInParts(db: DbClient, articleId: string, claims: NewArticleRow['claims']): Promise<void> {
  for (const part of claimParts(claims)) {
    const started = performance.now();
    await runInTransaction(db, (tx) => insertArticleClaims(tx, articleId, part, EXTRACTOR_VERSION));
    await giveWay(started);
  }
  await markArticleExtracted(db, articleId);
}

/** A page's own metadata may carry any date: keep it only when plausible (an input's was checked). */
export const validDate = (date: Date | null) => (date && isPlausiblePublishedAt(date) ? date : null);

export async function loadArticle(db: DbClient, id: string) {
  const article = await findArticle(db, id);
  if (!article) throw new AppError('NOT_FOUND', `Article ${id} not found.`);
  return article;
}
