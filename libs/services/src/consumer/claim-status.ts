import {
  ZClaimLookupInput,
  ZClaimsByArticleUrlInput,
  parseInput,
  type TArticleStatus,
  type TClaimStatus,
  type TReportClaim,
} from '@claimledger/contracts';
import { findArticle, findReportClaims, type DbClient } from '@claimledger/db';
import { AppError } from '@claimledger/domain';
import { reviewUrl } from '@claimledger/reports';

const MAX_CLAIMS = 500;

/** What consumers may see: verdict, rationale and sources only once a review is published. */
export function toClaimStatus(claim: TReportClaim, publicUrl: string): TClaimStatus {
  const published = claim.state === 'approved';
  return {
    id: claim.id,
    text: claim.text,
    sentence: claim.sentence,
    speaker: claim.speaker,
    state: claim.state,
    published,
    verdict:
      published && claim.verdict ? { name: claim.verdict.name, slug: claim.verdict.slug, rating: claim.verdict.rating } : null,
    rationale: published ? (claim.review?.rationale ?? null) : null,
    publishedAt: published ? (claim.review?.decidedAt ?? null) : null,
    citations: published
      ? claim.citations.map((c) => ({
          sourceUrl: c.sourceUrl,
          title: c.title,
          stance: c.stance,
          quote: c.quote,
          archivedAt: c.archivedAt,
        }))
      : [],
    claimReviewUrl: published ? reviewUrl({ publicUrl }, claim.id) : null,
    article: { id: claim.article.id, title: claim.article.title, url: claim.article.url },
  };
}

export async function getClaimStatus(db: DbClient, id: string, publicUrl: string): Promise<TClaimStatus> {
  const [claim] = await findReportClaims(db, { claimId: id }, 1);
  if (!claim) throw new AppError('NOT_FOUND', `Claim ${id} not found.`);
  return toClaimStatus(claim, publicUrl);
}

export async function listClaimsByArticleUrl(
  db: DbClient,
  raw: { articleUrl: string },
  publicUrl: string,
): Promise<TClaimStatus[]> {
  const { articleUrl } = parseInput(ZClaimsByArticleUrlInput, raw);
  return (await findReportClaims(db, { articleUrl }, MAX_CLAIMS)).map((c) => toClaimStatus(c, publicUrl));
}

/** Claims whose text or sentence contains the words, with their status. */
export async function lookupClaims(
  db: DbClient,
  raw: { text: string; limit?: number },
  publicUrl: string,
): Promise<TClaimStatus[]> {
  const { text, limit } = parseInput(ZClaimLookupInput, raw);
  return (await findReportClaims(db, { textContains: text }, limit)).map((c) => toClaimStatus(c, publicUrl));
}

export async function getArticleStatus(db: DbClient, id: string, publicUrl: string): Promise<TArticleStatus> {
  const article = await findArticle(db, id);
  if (!article) throw new AppError('NOT_FOUND', `Article ${id} not found.`);
  const claims = await findReportClaims(db, { articleId: id }, MAX_CLAIMS);
  return {
    id: article.id,
    title: article.title,
    url: article.url,
    publisher: article.publisher,
    publishedAt: article.publishedAt,
    claims: claims.map((c) => toClaimStatus(c, publicUrl)),
  };
}
