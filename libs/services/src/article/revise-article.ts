import type { TExtractedClaim, TIngestUrlResult } from '@claimledger/contracts';
import { EXTRACTOR_VERSION } from '@claimledger/claim-extraction';
import {
  findArticleForRevision,
  findArticleIdByHash,
  insertArticleVersion,
  insertClaims,
  listArticleVersions,
  markClaimRemoved,
  moveClaimOffsets,
  recordAudit,
  runInTransaction,
  unparkClaims,
  updateArticleText,
  type DbClient,
} from '@claimledger/db';
import { AppError } from '@claimledger/domain';
import { inlineExtractor, type Extractor } from './extractor';
import { loadArticle, validDate, type ArticleDraft } from './ingest-article';
import { assertNoNul, contentHash, normaliseText } from './normalise-text';

type KeyedClaim = { sentence: string; text: string; start: number; sentenceStart: number };

/** Offset-independent identity of a claim: its sentence, its words, its place in the sentence. */
export function claimKey(claim: KeyedClaim): string {
  return [claim.sentence.replace(/\s+/g, ' ').trim(), claim.text, claim.start - claim.sentenceStart].join('\u0000');
}

/** Pairs old and new claims by key (in order, for repeated sentences); the rest are added/removed. */
export function matchClaims<O extends KeyedClaim, N extends KeyedClaim>(old: O[], found: N[]) {
  const pool = new Map<string, O[]>();
  for (const claim of old) pool.set(claimKey(claim), [...(pool.get(claimKey(claim)) ?? []), claim]);
  const kept: { old: O; found: N }[] = [];
  const added: N[] = [];
  for (const claim of found) {
    const match = pool.get(claimKey(claim))?.shift();
    if (match) kept.push({ old: match, found: claim });
    else added.push(claim);
  }
  const removed = [...pool.values()].flat();
  return { kept, added, removed };
}

/**
 * Stores a changed text of a known article as its next version: claims whose sentence did not
 * change keep their id, state, reviews and citations (only their offsets move); new ones are
 * extracted and added; the ones gone from the text are marked "removed from the article" with
 * an audit event. One transaction.
 */
export async function reviseArticle(
  db: DbClient,
  articleId: string,
  draft: ArticleDraft,
  extract: Extractor = inlineExtractor,
): Promise<TIngestUrlResult> {
  const text = normaliseText(draft.text);
  if (!text) throw new AppError('BAD_INPUT', 'The article has no readable text.');
  assertNoNul(text);
  const hash = contentHash(text);
  const current = await findArticleForRevision(db, articleId);
  if (!current) throw new AppError('NOT_FOUND', `Article ${articleId} not found.`);
  const versions = await listArticleVersions(db, articleId);
  const latest = versions.at(-1)?.version ?? 1;
  if (current.contentHash === hash)
    return { article: await loadArticle(db, articleId), created: false, revised: false, version: latest };
  const other = await findArticleIdByHash(db, hash);
  if (other) return { article: await loadArticle(db, other), created: false, revised: false, version: 1 };

  const version = latest + 1;
  const publishedAt = validDate(draft.publishedAt);
  const found: TExtractedClaim[] = await extract(text, publishedAt);
  const { kept, added, removed } = matchClaims(current.claims, found);
  const title = draft.title ?? current.title;

  await runInTransaction(db, async (tx) => {
    if (versions.length === 0) {
      await insertArticleVersion(tx, {
        articleId,
        version: 1,
        title: current.title,
        text: current.text,
        contentHash: current.contentHash,
        createdAt: current.createdAt,
      });
    }
    await insertArticleVersion(tx, { articleId, version, title, text, contentHash: hash });
    await updateArticleText(tx, articleId, {
      title,
      text,
      contentHash: hash,
      byline: draft.byline,
      publishedAt,
      canonicalUrl: draft.canonicalUrl ?? draft.url,
    });
    for (const claim of removed) {
      await markClaimRemoved(tx, claim.id, version);
      await recordAudit(tx, {
        actorId: null,
        actorLabel: 'system (article revision)',
        action: 'claim.removed_from_article',
        entityType: 'claim',
        entityId: claim.id,
        before: { removedInVersion: 0, state: claim.state, text: claim.text },
        after: { removedInVersion: version },
      });
    }
    let parking = -1;
    for (const pair of kept) {
      const { start, end, sentenceStart, sentence } = pair.found;
      await moveClaimOffsets(tx, pair.old.id, { start, end, sentenceStart, sentence }, parking--);
    }
    await insertClaims(tx, articleId, EXTRACTOR_VERSION, added);
    await unparkClaims(tx, articleId);
    await recordAudit(tx, {
      actorId: null,
      actorLabel: 'system (article revision)',
      action: 'article.revised',
      entityType: 'article',
      entityId: articleId,
      before: { version: latest, contentHash: current.contentHash },
      after: { version, contentHash: hash, kept: kept.length, added: added.length, removed: removed.length },
    });
  });
  return { article: await loadArticle(db, articleId), created: false, revised: true, version };
}
