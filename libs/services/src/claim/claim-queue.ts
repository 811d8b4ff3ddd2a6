import {
  CLAIM_COUNT_CAP,
  ZAssignClaimInput,
  ZClaimListInput,
  parseInput,
  type TAssignClaimInput,
  type TClaimDetail,
  type TClaimList,
  type TClaimListFilter,
  type TClaimListInput,
  type TPersonRef,
} from '@claimledger/contracts';
import {
  countClaimsCapped,
  estimateClaims,
  findClaimDetail,
  findClaimDetailsByIds,
  findPriorVerdict,
  findUserById,
  listClaimDetails,
  listUsers,
  runInTransaction,
  searchClaimIds,
  setAssignment,
  type DbClient,
} from '@claimledger/db';
import { AppError, can, type Actor } from '@claimledger/domain';
import { assertClaimOpenTo, auditClaim, requireUser } from '../access';
import { enqueueInboxItem } from '../inbox/announce-inbox-item';

/**
 * The review queue: claims by state, kind, assignee, article and check-worthiness, most
 * check-worthy first, in keyset pages; with `q`, the matching claims ranked by relevance.
 * The queue's first page says how many claims match (see queueTotal); later pages do not.
 */
export async function listClaims(db: DbClient, actor: Actor, raw: TClaimListInput): Promise<TClaimList> {
  const filter = parseInput(ZClaimListInput, raw);
  if (filter.q) {
    const { ids, ...page } = await searchClaimIds(db, filter.q, filter, actor.id, filter.limit, filter.cursor);
    return { items: await withCheckedBeforeAll(db, await findClaimDetailsByIds(db, ids)), ...page, totalIsEstimate: false };
  }
  const [page, count] = await Promise.all([listClaimDetails(db, filter, actor.id), queueTotal(db, filter, actor.id)]);
  return { ...page, items: await withCheckedBeforeAll(db, page.items), ...count };
}

type QueueTotal = Pick<TClaimList, 'total' | 'totalIsCapped' | 'totalIsEstimate'>;

/**
 * The first page's count: the planner's estimate (rounded) when it expects more than
 * CLAIM_COUNT_CAP matches, otherwise an exact count that stops at the cap. Counting a common
 * filter up to the cap meant reading thousands of rows it skipped; the estimate reads none.
 * Later pages (a cursor) are not counted: total null.
 */
async function queueTotal(db: DbClient, filter: TClaimListFilter, actorId: string | null): Promise<QueueTotal> {
  if (filter.cursor) return { total: null, totalIsCapped: false, totalIsEstimate: false };
  const estimate = await estimateClaims(db, filter, actorId);
  if (estimate > CLAIM_COUNT_CAP) return { total: Number(estimate.toPrecision(2)), totalIsCapped: false, totalIsEstimate: true };
  return { ...(await countClaimsCapped(db, filter, actorId, CLAIM_COUNT_CAP)), totalIsEstimate: false };
}

const withCheckedBeforeAll = (db: DbClient, claims: TClaimDetail[]) => Promise.all(claims.map((c) => withCheckedBefore(db, c)));

/** Repeats carry the verdict their tracked claim already has ("Checked before"). */
async function withCheckedBefore(db: DbClient, claim: TClaimDetail): Promise<TClaimDetail> {
  if (!claim.groupId || !(claim.isRepeat || claim.valueChange)) return claim;
  return { ...claim, checkedBefore: await findPriorVerdict(db, claim.groupId, claim.id, '') };
}

export async function getClaimDetail(db: DbClient, id: string): Promise<TClaimDetail> {
  const claim = await findClaimDetail(db, id);
  if (!claim) throw new AppError('NOT_FOUND', `Claim ${id} not found.`);
  return withCheckedBefore(db, claim);
}

/** People a claim can be given to: everyone who may review. */
export async function listAssignees(db: DbClient): Promise<TPersonRef[]> {
  const users = await listUsers(db);
  return users.filter((u) => can(u.role, 'claim:review')).map(({ id, name, email }) => ({ id, name, email }));
}

/**
 * Gives a claim to someone (or to nobody). Reviewers take claims for themselves or let go of
 * their own; giving a claim to another person or taking it from them is an editor's call.
 */
export async function assignClaim(db: DbClient, actor: Actor, raw: TAssignClaimInput): Promise<TClaimDetail> {
  const input = parseInput(ZAssignClaimInput, raw);
  const actorId = requireUser(actor, 'claim:review');
  return runInTransaction(db, async (tx) => {
    const claim = await findClaimDetail(tx, input.claimId);
    if (!claim) throw new AppError('NOT_FOUND', `Claim ${input.claimId} not found.`);
    const touchesOthers =
      (input.assigneeId !== null && input.assigneeId !== actorId) || (claim.assignee !== null && claim.assignee.id !== actorId);
    if (touchesOthers && !can(actor.role, 'claim:assign')) {
      if (claim.assignee && claim.assignee.id !== actorId) await assertClaimOpenTo(tx, actor, claim.id);
      throw new AppError('FORBIDDEN', 'Only editors assign claims to other people.');
    }
    if (input.assigneeId) {
      const assignee = await findUserById(tx, input.assigneeId);
      if (!assignee || !can(assignee.role, 'claim:review'))
        throw new AppError('BAD_INPUT', 'assigneeId: no reviewer with this id');
    }
    await setAssignment(tx, claim.id, input.assigneeId, actorId);
    await auditClaim(tx, actor, 'claim.assigned', claim.id, {
      before: { assignee: claim.assignee?.email ?? null },
      after: { assigneeId: input.assigneeId },
    });
    if (input.assigneeId && input.assigneeId !== claim.assignee?.id)
      await enqueueInboxItem(tx, { kind: 'assigned', claim, recipientIds: [input.assigneeId], actor, note: null });
    return (await findClaimDetail(tx, claim.id)) ?? claim;
  });
}
