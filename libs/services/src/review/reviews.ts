import {
  ZApproveReviewInput,
  ZSendBackReviewInput,
  ZSubmitReviewInput,
  parseInput,
  type TApproveReviewInput,
  type TReview,
  type TSendBackReviewInput,
  type TSubmitReviewInput,
  type TVerdictLabel,
} from '@claimledger/contracts';
import {
  decideReview,
  findReview,
  findVerdictLabel,
  insertReview,
  listActiveUserIdsWithRoles,
  listDefaultVerdictLabels,
  listReviewsForClaim,
  runInTransaction,
  type DbClient,
  type DbExecutor,
} from '@claimledger/db';
import { AppError, ROLES, can, type Actor } from '@claimledger/domain';
import { assertClaimOpenTo, auditClaim, requireUser } from '../access';
import { claimAtVersion, transitionClaim } from '../claim/transition-claim';
import { enqueueInboxItem } from '../inbox/announce-inbox-item';
import { emitClaimEvent } from '../webhook/webhooks';

const APPROVER_ROLES = ROLES.filter((role) => can(role, 'claim:approve'));

async function submittedReview(tx: DbExecutor, id: string) {
  const review = await findReview(tx, id);
  if (!review) throw new AppError('NOT_FOUND', `Review ${id} not found.`);
  if (review.state !== 'submitted') throw new AppError('CONFLICT', `This review was ${review.state} already.`);
  return review;
}

export function listVerdictLabels(db: DbClient): Promise<TVerdictLabel[]> {
  return listDefaultVerdictLabels(db);
}

export function listClaimReviews(db: DbClient, claimId: string): Promise<TReview[]> {
  return listReviewsForClaim(db, claimId);
}

/** A reviewer's verdict with its rationale: the claim moves from "in review" to "submitted". */
export async function submitReview(db: DbClient, actor: Actor, raw: TSubmitReviewInput): Promise<TReview> {
  const input = parseInput(ZSubmitReviewInput, raw);
  const reviewerId = requireUser(actor, 'claim:review');
  return runInTransaction(db, async (tx) => {
    const claim = await claimAtVersion(tx, input.claimId, input.expectedVersion);
    await assertClaimOpenTo(tx, actor, claim.id);
    if (!(await findVerdictLabel(tx, input.verdictLabelId)))
      throw new AppError('BAD_INPUT', 'verdictLabelId: no such verdict label');
    const submitted = await transitionClaim(tx, actor, claim, 'submitted');
    const review = await insertReview(tx, {
      claimId: claim.id,
      reviewerId,
      verdictLabelId: input.verdictLabelId,
      rationale: input.rationale,
    });
    await auditClaim(tx, actor, 'review.submitted', claim.id, {
      after: { reviewId: review.id, verdict: review.verdict?.slug ?? null, rationale: review.rationale },
    });
    await enqueueInboxItem(tx, {
      kind: 'awaiting_approval',
      claim: submitted,
      recipientIds: await listActiveUserIdsWithRoles(tx, APPROVER_ROLES),
      actor,
      note: review.verdict ? `Verdict: ${review.verdict.name}` : null,
    });
    return review;
  });
}

/** The second review: an editor who did not write the review publishes it (and webhooks hear of it). */
export async function approveReview(db: DbClient, actor: Actor, raw: TApproveReviewInput): Promise<TReview> {
  const input = parseInput(ZApproveReviewInput, raw);
  const approverId = requireUser(actor, 'claim:approve');
  return runInTransaction(db, async (tx) => {
    const review = await submittedReview(tx, input.reviewId);
    if (review.reviewerId === approverId) {
      throw new AppError('FORBIDDEN', 'A second person must approve: you wrote this review.');
    }
    const claim = await claimAtVersion(tx, review.claimId, input.expectedVersion);
    if (!(await decideReview(tx, review.id, { state: 'approved', approverId, decisionComment: null }))) {
      throw new AppError('CONFLICT', 'This review was decided by someone else.');
    }
    const published = await transitionClaim(tx, actor, claim, 'approved', review.verdictLabelId ?? undefined);
    const verdict = review.verdict && { name: review.verdict.name, slug: review.verdict.slug, rating: review.verdict.rating };
    await emitClaimEvent(tx, 'claim.published', published, verdict);
    return (await findReview(tx, review.id)) ?? review;
  });
}

/** An editor who did not write the review sends it back with a comment; the claim returns to its reviewer. */
export async function sendBackReview(db: DbClient, actor: Actor, raw: TSendBackReviewInput): Promise<TReview> {
  const input = parseInput(ZSendBackReviewInput, raw);
  const approverId = requireUser(actor, 'claim:approve');
  return runInTransaction(db, async (tx) => {
    const review = await submittedReview(tx, input.reviewId);
    if (review.reviewerId === approverId) {
      throw new AppError('FORBIDDEN', 'A second person must decide this review: you wrote it.');
    }
    const claim = await claimAtVersion(tx, review.claimId, input.expectedVersion);
    if (!(await decideReview(tx, review.id, { state: 'rejected', approverId, decisionComment: input.comment }))) {
      throw new AppError('CONFLICT', 'This review was decided by someone else.');
    }
    const sentBack = await transitionClaim(tx, actor, claim, 'sent_back');
    await enqueueInboxItem(tx, {
      kind: 'sent_back',
      claim: sentBack,
      recipientIds: [review.reviewerId],
      actor,
      note: input.comment,
    });
    return (await findReview(tx, review.id)) ?? review;
  });
}
