import {
  ZClaimLookupInput,
  ZClaimsByArticleUrlInput,
  parseInput,
  type TArticleStatus,
  type TClaimStatus,
  type TClaimStatusRow,
} from '@claimledger/contracts';
import { findArticleHeader, findClaimStatusRows, searchClaimIds, type DbClient } from '@claimledger/db';
import { AppError } from '@claimledger/domain';
import { reviewUrl } from '@claimledger/reports';

const MAX_CLAIMS = 500;

/** What consumers may see: verdict, rationale and sources only once a review is published. */
export function toClaimStatus(claim: TClaimStatusRow, publicUrl: string): TClaimStatus {
  const published = claim.state === 'approved';
  const { review, verdict, citations, ...rest } = claim;
  return {
    ...rest,
    published,
    verdict: published ? verdict : null,
    rationale: published ? (review?.rationale ?? null) : null,
    publishedAt: published ? (review?.decidedAt ?? null) : null,
    citations: published ? citations : [],
    claimReviewUrl: published ? reviewUrl({ publicUrl }, claim.id) : null,
  };
}

/** One claim's status: a single SQL statement (see findClaimStatusRows). */
export async function getClaimStatus(db: DbClient, id: string, publicUrl: string): Promise<TClaimStatus> {
  const [claim] = await findClaimStatusRows(db, { claimId: id }, 1);
  if (!claim) throw new AppError('NOT_FOUND', `Claim ${id} not found.`);
  return toClaimStatus(claim, publicUrl);
}

export async function listClaimsByArticleUrl(
  db: DbClient,
  raw: { articleUrl: string },
  publicUrl: string,
): Promise<TClaimStatus[]> {
  const { articleUrl } = parseInput(ZClaimsByArticleUrlInput, raw);
  return (await findClaimStatusRows(db, { articleUrl }, MAX_CLAIMS)).map((c) => toClaimStatus(c, publicUrl));
}

/**
 * Claims matching the words (full text over the sentence, or the speaker or outlet), ranked as
 * in the queue's search, with their status.
 */
export async function lookupClaims(
  db: DbClient,
  raw: { text: string; limit?: number },
  publicUrl: string,
): Promise<TClaimStatus[]> {
  const { text, limit } = parseInput(ZClaimLookupInput, raw);
  const { ids } = await searchClaimIds(db, text, {}, null, limit);
  return (await findClaimStatusRows(db, { ids }, limit)).map((c) => toClaimStatus(c, publicUrl));
}

export async function getArticleStatus(db: DbClient, id: string, publicUrl: string): Promise<TArticleStatus> {
  const [article, claims] = await Promise.all([
    findArticleHeader(db, id),
    findClaimStatusRows(db, { articleId: id }, MAX_CLAIMS),
  ]);
  if (!article) throw new AppError('NOT_FOUND', `Article ${id} not found.`);
  return { ...article, claims: claims.map((c) => toClaimStatus(c, publicUrl)) };
}
