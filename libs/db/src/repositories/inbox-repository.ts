import type { DbExecutor } from '../client';

export type InboxRow = {
  kind: 'assigned' | 'sent_back' | 'awaiting_approval' | 'mention' | 'repeat';
  claimId: string;
  claimText: string;
  /** The sentence the claim was said in, and the article it is from: the claim in context. */
  claimSentence: string;
  articleTitle: string;
  by: string | null;
  note: string | null;
  at: Date;
};

const OPEN_FOR_WORK = ['new', 'in_review', 'sent_back'] as const;
const LIMIT = 50;
const CLAIM_IN_CONTEXT = { id: true, text: true, sentence: true, article: { select: { title: true } } } as const;
type ClaimInContext = { id: string; text: string; sentence: string; article: { title: string } };
const inContext = (c: ClaimInContext) => ({
  claimId: c.id,
  claimText: c.text,
  claimSentence: c.sentence,
  articleTitle: c.article.title,
});

/** Each query reads one person's rows through an index (Assignment.assigneeId, Review.reviewerId+state, Review.state, Mention.userId), newest first, capped. */
export async function listAssignedToUser(db: DbExecutor, userId: string): Promise<InboxRow[]> {
  const rows = await db.assignment.findMany({
    where: { assigneeId: userId, claim: { state: { in: [...OPEN_FOR_WORK] } } },
    select: { createdAt: true, assignedBy: { select: { name: true } }, claim: { select: CLAIM_IN_CONTEXT } },
    orderBy: { createdAt: 'desc' },
    take: LIMIT,
  });
  return rows.map((r) => ({
    kind: 'assigned',
    ...inContext(r.claim),
    by: r.assignedBy.name,
    note: null,
    at: r.createdAt,
  }));
}

export async function listSentBackReviews(db: DbExecutor, userId: string): Promise<InboxRow[]> {
  const rows = await db.review.findMany({
    where: { reviewerId: userId, state: 'rejected', claim: { state: 'sent_back' } },
    select: {
      decidedAt: true,
      updatedAt: true,
      decisionComment: true,
      approver: { select: { name: true } },
      claim: { select: CLAIM_IN_CONTEXT },
    },
    orderBy: { updatedAt: 'desc' },
    take: LIMIT,
  });
  return rows.map((r) => ({
    kind: 'sent_back',
    ...inContext(r.claim),
    by: r.approver?.name ?? null,
    note: r.decisionComment,
    at: r.decidedAt ?? r.updatedAt,
  }));
}

/** Submitted reviews by someone else: an editor's second review. */
export async function listReviewsAwaitingApproval(db: DbExecutor, userId: string): Promise<InboxRow[]> {
  const rows = await db.review.findMany({
    where: { state: 'submitted', reviewerId: { not: userId }, claim: { state: 'submitted' } },
    select: { updatedAt: true, reviewer: { select: { name: true } }, claim: { select: CLAIM_IN_CONTEXT } },
    orderBy: { updatedAt: 'desc' },
    take: LIMIT,
  });
  return rows.map((r) => ({
    kind: 'awaiting_approval',
    ...inContext(r.claim),
    by: r.reviewer.name,
    note: null,
    at: r.updatedAt,
  }));
}

export async function listMentionsOfUser(db: DbExecutor, userId: string): Promise<InboxRow[]> {
  const mentions = await db.mention.findMany({
    where: { userId },
    select: { commentId: true, claimId: true, createdAt: true },
    orderBy: { createdAt: 'desc' },
    take: LIMIT,
  });
  if (mentions.length === 0) return [];
  const comments = await db.comment.findMany({
    where: { id: { in: mentions.map((m) => m.commentId) } },
    select: { id: true, body: true, author: { select: { name: true } }, claim: { select: CLAIM_IN_CONTEXT } },
  });
  const byId = new Map(comments.map((c) => [c.id, c]));
  return mentions.flatMap((m) => {
    const c = byId.get(m.commentId);
    return c
      ? [
          {
            kind: 'mention' as const,
            ...inContext(c.claim),
            by: c.author.name,
            note: c.body,
            at: m.createdAt,
          },
        ]
      : [];
  });
}

/** New claims matched (ClaimGroup) to a claim this person reviewed and got published. */
export async function listRepeatsOfUserChecks(db: DbExecutor, userId: string): Promise<InboxRow[]> {
  return db.$queryRaw<InboxRow[]>`
    SELECT 'repeat' AS "kind", c2."id" AS "claimId", c2."text" AS "claimText", c2."sentence" AS "claimSentence",
      a."title" AS "articleTitle", NULL AS "by", c."text" AS "note", c2."createdAt" AS "at"
    FROM "Review" r
    JOIN "Claim" c ON c."id" = r."claimId" AND c."groupId" IS NOT NULL
    JOIN "Claim" c2 ON c2."groupId" = c."groupId" AND c2."id" <> c."id" AND c2."state" = 'new'
    JOIN "Article" a ON a."id" = c2."articleId"
    WHERE r."reviewerId" = ${userId} AND r."state" = 'approved'
    ORDER BY c2."createdAt" DESC LIMIT ${LIMIT}`;
}

/** Who reviewed a published claim of the tracked claim, other than `claimId`: the people a repeat concerns. */
export async function listCheckersOfGroup(db: DbExecutor, groupId: string, claimId: string): Promise<string[]> {
  const rows = await db.review.findMany({
    where: { state: 'approved', claim: { groupId, id: { not: claimId } } },
    select: { reviewerId: true },
    distinct: ['reviewerId'],
  });
  return rows.map((r) => r.reviewerId);
}

export async function insertMentions(
  db: DbExecutor,
  rows: Array<{ userId: string; commentId: string; claimId: string }>,
): Promise<void> {
  if (rows.length > 0) await db.mention.createMany({ data: rows, skipDuplicates: true });
}

export async function findInboxSeenAt(db: DbExecutor, userId: string): Promise<Date | null> {
  return (await db.inboxSeen.findUnique({ where: { userId }, select: { seenAt: true } }))?.seenAt ?? null;
}

export async function saveInboxSeenAt(db: DbExecutor, userId: string, seenAt: Date): Promise<void> {
  await db.inboxSeen.upsert({ where: { userId }, create: { userId, seenAt }, update: { seenAt } });
}
