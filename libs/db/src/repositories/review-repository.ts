import type { TCorrection, TReview } from '@claimledger/contracts';
import type { DbExecutor } from '../client';
import type { Prisma } from '../generated/prisma/client';
import { labelSelect } from './verdict-repository';

const reviewSelect = {
  id: true,
  claimId: true,
  rationale: true,
  state: true,
  decisionComment: true,
  createdAt: true,
  decidedAt: true,
  reviewerId: true,
  reviewer: { select: { email: true } },
  approver: { select: { email: true } },
  verdictLabel: { select: labelSelect },
} satisfies Prisma.ReviewSelect;

type ReviewRow = Prisma.ReviewGetPayload<{ select: typeof reviewSelect }>;

function toReview(row: ReviewRow): TReview & { reviewerId: string } {
  return {
    id: row.id,
    claimId: row.claimId,
    reviewerId: row.reviewerId,
    reviewer: row.reviewer.email,
    verdict: row.verdictLabel,
    rationale: row.rationale,
    state: row.state,
    approver: row.approver?.email ?? null,
    decisionComment: row.decisionComment,
    createdAt: row.createdAt,
    decidedAt: row.decidedAt,
  };
}

export async function insertReview(
  db: DbExecutor,
  review: { claimId: string; reviewerId: string; verdictLabelId: string; rationale: string },
): Promise<TReview & { reviewerId: string }> {
  return toReview(await db.review.create({ data: { ...review, state: 'submitted' }, select: reviewSelect }));
}

export async function findReview(
  db: DbExecutor,
  id: string,
): Promise<(TReview & { reviewerId: string; verdictLabelId: string | null }) | null> {
  const row = await db.review.findUnique({ where: { id }, select: { ...reviewSelect, verdictLabelId: true } });
  return row ? { ...toReview(row), verdictLabelId: row.verdictLabelId } : null;
}

/** Records an editor's decision on a submitted review; false when it was decided already. */
export async function decideReview(
  db: DbExecutor,
  id: string,
  decision: { state: 'approved' | 'rejected'; approverId: string; decisionComment: string | null },
): Promise<boolean> {
  const { count } = await db.review.updateMany({
    where: { id, state: 'submitted' },
    data: { ...decision, decidedAt: new Date() },
  });
  return count === 1;
}

export async function listReviewsForClaim(db: DbExecutor, claimId: string): Promise<TReview[]> {
  const rows = await db.review.findMany({ where: { claimId }, select: reviewSelect, orderBy: { createdAt: 'asc' } });
  return rows.map(toReview);
}

/** The review that published the claim's current verdict. */
export async function findApprovedReview(
  db: DbExecutor,
  claimId: string,
): Promise<(TReview & { verdictLabelId: string | null }) | null> {
  const row = await db.review.findFirst({
    where: { claimId, state: 'approved', corrections: { none: {} } },
    select: { ...reviewSelect, verdictLabelId: true },
    orderBy: { decidedAt: 'desc' },
  });
  return row ? { ...toReview(row), verdictLabelId: row.verdictLabelId } : null;
}

const correctionSelect = {
  id: true,
  claimId: true,
  reviewId: true,
  reason: true,
  createdAt: true,
  previousVerdictLabel: { select: labelSelect },
  correctedBy: { select: { email: true } },
} satisfies Prisma.CorrectionSelect;

type CorrectionRow = Prisma.CorrectionGetPayload<{ select: typeof correctionSelect }>;

function toCorrection(row: CorrectionRow): TCorrection {
  const { previousVerdictLabel, correctedBy, ...rest } = row;
  return { ...rest, previousVerdict: previousVerdictLabel, correctedBy: correctedBy.email };
}

export async function insertCorrection(
  db: DbExecutor,
  correction: { claimId: string; reviewId: string; previousVerdictLabelId: string | null; reason: string; correctedById: string },
): Promise<TCorrection> {
  return toCorrection(await db.correction.create({ data: correction, select: correctionSelect }));
}

export async function listCorrections(db: DbExecutor, claimId: string): Promise<TCorrection[]> {
  const rows = await db.correction.findMany({ where: { claimId }, select: correctionSelect, orderBy: { createdAt: 'asc' } });
  return rows.map(toCorrection);
}
