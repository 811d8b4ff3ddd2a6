import { ZAddCommentInput, parseInput, type TAddCommentInput, type TAuditEvent, type TComment } from '@claimledger/contracts';
import { findClaim, insertComment, listAuditEvents, listComments, runInTransaction, type DbClient } from '@claimledger/db';
import { AppError, type Actor } from '@claimledger/domain';
import { auditClaim, requireUser } from '../access';

/** Anyone who reviews may comment on a claim; the comment is part of its audit trail too. */
export async function addComment(db: DbClient, actor: Actor, raw: TAddCommentInput): Promise<TComment> {
  const input = parseInput(ZAddCommentInput, raw);
  const authorId = requireUser(actor, 'claim:review');
  return runInTransaction(db, async (tx) => {
    if (!(await findClaim(tx, input.claimId))) throw new AppError('NOT_FOUND', `Claim ${input.claimId} not found.`);
    const comment = await insertComment(tx, { claimId: input.claimId, authorId, body: input.body });
    await auditClaim(tx, actor, 'comment.added', input.claimId, { after: { commentId: comment.id, body: comment.body } });
    return comment;
  });
}

export function listClaimComments(db: DbClient, claimId: string): Promise<TComment[]> {
  return listComments(db, claimId);
}

/** Who changed what on the claim, newest first. */
export function listClaimAudit(db: DbClient, claimId: string): Promise<TAuditEvent[]> {
  return listAuditEvents(db, 'claim', claimId);
}
