import type { TReview, TVerdictLabel } from '@claimledger/contracts';
import type { DbExecutor } from '../client';
import type { Prisma } from '../generated/prisma/client';

const labelSelect = { id: true, slug: true, name: true, colour: true, description: true, rating: true } as const;

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

/** The labels of the default verdict scale, in order. */
export async function listDefaultVerdictLabels(db: DbExecutor): Promise<TVerdictLabel[]> {
  return db.verdictLabel.findMany({ where: { scale: { isDefault: true } }, select: labelSelect, orderBy: { position: 'asc' } });
}

export async function findVerdictLabel(db: DbExecutor, id: string): Promise<TVerdictLabel | null> {
  return db.verdictLabel.findUnique({ where: { id }, select: labelSelect });
}

export async function insertReview(
  db: DbExecutor,
  review: { claimId: string; reviewerId: string; verdictLabelId: string; rationale: string },
): Promise<TReview & { reviewerId: string }> {
  return toReview(await db.review.create({ data: { ...review, state: 'submitted' }, select: reviewSelect }));
}

export async function findReview(db: DbExecutor, id: string): Promise<(TReview & { reviewerId: string; verdictLabelId: string | null }) | null> {
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
