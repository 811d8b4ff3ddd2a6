import { ZIngestArticleInput, type TIngestArticleInput, type TIngestResult } from '@claimledger/contracts';
import { EXTRACTOR_VERSION, extractClaims } from '@claimledger/claim-extraction';
import { findArticle, findArticleIdByHash, insertArticleWithClaims, runInTransaction, type DbClient } from '@claimledger/db';
import { AppError } from '@claimledger/domain';
import { isPlausiblePublishedAt, parseInput } from '@claimledger/contracts';
import { cleanHtml } from './clean-html';
import { assertLooksLikeText, contentHash, normaliseText } from './normalise-text';

function firstLine(text: string): string {
  const line = text.split('\n').find((l) => l.trim()) ?? 'Untitled article';
  return line.length > 200 ? `${line.slice(0, 197)}…` : line;
}

function domainOf(url: string | undefined): string | null {
  return url ? new URL(url).hostname.replace(/^www\./, '') : null;
}

/**
 * Ingests one article: cleans HTML, normalises text, extracts claims and stores all of it in
 * one transaction. Idempotent on the content hash: the same text returns the stored article.
 */
export async function ingestArticle(db: DbClient, raw: TIngestArticleInput): Promise<TIngestResult> {
  const input = parseInput(ZIngestArticleInput, raw);
  assertLooksLikeText(input.body);
  const cleaned = input.format === 'html' ? cleanHtml(input.body, input.url) : null;
  const text = normaliseText(cleaned ? cleaned.text : input.body);
  if (!text) throw new AppError('BAD_INPUT', 'The article has no readable text.');
  const hash = contentHash(text);

  const existing = await findArticleIdByHash(db, hash);
  if (existing) return { article: await loadArticle(db, existing), created: false };

  const publishedAt = input.publishedAt ?? (cleaned?.publishedAt ? new Date(cleaned.publishedAt) : null);
  // A page's own metadata may carry any date: keep it only when plausible (the input's was checked).
  const validPublishedAt = publishedAt && isPlausiblePublishedAt(publishedAt) ? publishedAt : null;
  const publisherName = input.publisher ?? cleaned?.siteName ?? null;
  const claims = extractClaims(text, { publishedAt: validPublishedAt });
  try {
    const id = await runInTransaction(db, (tx) =>
      insertArticleWithClaims(tx, {
        title: input.title ?? cleaned?.title ?? firstLine(text),
        url: input.url ?? null,
        canonicalUrl: input.url ?? null,
        byline: cleaned?.byline ?? null,
        publishedAt: validPublishedAt,
        language: input.language ?? 'en',
        text,
        contentHash: hash,
        ingestSource: input.source,
        publisher: publisherName ? { name: publisherName, domain: domainOf(input.url) } : null,
        extractorVersion: EXTRACTOR_VERSION,
        claims,
      }),
    );
    return { article: await loadArticle(db, id), created: true };
  } catch (error) {
    // A concurrent ingest of the same text won the unique content hash: return its article.
    const winner = await findArticleIdByHash(db, hash);
    if (winner) return { article: await loadArticle(db, winner), created: false };
    throw error;
  }
}

async function loadArticle(db: DbClient, id: string) {
  const article = await findArticle(db, id);
  if (!article) throw new AppError('NOT_FOUND', `Article ${id} not found.`);
  return article;
}
