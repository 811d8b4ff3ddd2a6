import { ZAddCommentInput, parseInput, type TAddCommentInput, type TAuditEvent, type TComment } from '@claimledger/contracts';
import {
  findClaim,
  insertComment,
  insertMentions,
  listAuditEvents,
  listComments,
  listUsers,
  runInTransaction,
  type DbClient,
} from '@claimledger/db';
import { AppError, findMentionHandles, handleNamesPerson, type Actor } from '@claimledger/domain';
import { auditClaim, requireUser } from '../access';
import { enqueueInboxItem } from '../inbox/announce-inbox-item';

/**
 * Anyone who reviews may comment on a claim; the comment is part of its audit trail too, and
 * everyone it names with @name finds it in their inbox.
 */
export async function addComment(db: DbClient, actor: Actor, raw: TAddCommentInput): Promise<TComment> {
  const input = parseInput(ZAddCommentInput, raw);
  const authorId = requireUser(actor, 'claim:review');
  return runInTransaction(db, async (tx) => {
    const claim = await findClaim(tx, input.claimId);
    if (!claim) throw new AppError('NOT_FOUND', `Claim ${input.claimId} not found.`);
    const comment = await insertComment(tx, { claimId: input.claimId, authorId, body: input.body });
    await auditClaim(tx, actor, 'comment.added', input.claimId, { after: { commentId: comment.id, body: comment.body } });
    const handles = findMentionHandles(input.body);
    if (handles.length > 0) {
      const named = (await listUsers(tx)).filter((u) => u.id !== authorId && handles.some((h) => handleNamesPerson(h, u)));
      await insertMentions(
        tx,
        named.map((u) => ({ userId: u.id, commentId: comment.id, claimId: input.claimId })),
      );
      await enqueueInboxItem(tx, { kind: 'mention', claim, recipientIds: named.map((u) => u.id), actor, note: comment.body });
    }
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
