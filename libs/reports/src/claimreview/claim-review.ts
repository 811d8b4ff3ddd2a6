import type { TReportClaim } from '@claimledger/contracts';
import { Ajv, type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';
import { day, reviewUrl, type ReportOptions } from '../report-options';
import { CLAIM_REVIEW_SCHEMA } from './claim-review-schema';

export type ClaimReview = Record<string, unknown>;

/**
 * schema.org ClaimReview (JSON-LD) for one published review. `claimReviewed` is the sentence
 * the claim stands in, which reads as a claim even when the checked span is only "38 percent".
 */
export function toClaimReview(claim: TReportClaim, options: ReportOptions): ClaimReview {
  const verdict = claim.verdict;
  const onScale = verdict !== null && verdict.rating > 0;
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: reviewUrl(options, claim.id),
    claimReviewed: claim.sentence.trim() || claim.text,
    datePublished: day(claim.review?.decidedAt) ?? undefined,
    author: { '@type': 'Organization', name: options.organisation.name, url: options.organisation.url },
    reviewRating: verdict
      ? {
          '@type': 'Rating',
          alternateName: verdict.name,
          ...(onScale ? { ratingValue: verdict.rating, bestRating: verdict.bestRating, worstRating: verdict.worstRating } : {}),
        }
      : undefined,
    itemReviewed: {
      '@type': 'Claim',
      ...(claim.speaker ? { author: { '@type': 'Person', name: claim.speaker } } : {}),
      ...(claim.article.publishedAt ? { datePublished: day(claim.article.publishedAt) } : {}),
      appearance: claim.article.url
        ? { '@type': 'CreativeWork', url: claim.article.url, headline: claim.article.title }
        : undefined,
    },
  };
}

const ajv = new Ajv({ allErrors: true, strict: true });
addFormats.default(ajv);
const validate = ajv.compile(CLAIM_REVIEW_SCHEMA);

const REASONS: Record<string, string> = {
  '/itemReviewed/appearance': 'its article has no URL, so the claim has no appearance',
  '/reviewRating': 'it has no verdict',
  '/datePublished': 'its review has no publication date',
};

function describe(error: ErrorObject): string {
  const where =
    error.keyword === 'required' ? `${error.instancePath}/${String(error.params['missingProperty'])}` : error.instancePath;
  return REASONS[where] ?? `${where || '/'} ${error.message ?? 'is invalid'}`;
}

/** Why a ClaimReview object is not valid (empty when it is), in words an editor can act on. */
export function claimReviewProblems(review: ClaimReview): string[] {
  const clean = JSON.parse(JSON.stringify(review)) as unknown;
  return validate(clean) ? [] : [...new Set((validate.errors ?? []).map(describe))];
}
