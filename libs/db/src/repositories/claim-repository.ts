import type { TClaim } from '@claimledger/contracts';
import type { WorkflowState } from '@claimledger/domain';
import type { DbExecutor } from '../client';
import { claimSelect, toClaim } from './claim-mapper';

export async function findClaim(db: DbExecutor, id: string): Promise<TClaim | null> {
  const row = await db.claim.findUnique({ where: { id }, select: claimSelect });
  return row ? toClaim(row) : null;
}

/**
 * Moves a claim to a new state only if its version is still `expectedVersion`; bumps the
 * version; `verdictLabelId` sets (or with null clears) the published verdict. Returns false
 * when another writer got there first.
 */
export async function updateClaimStateIfVersion(
  db: DbExecutor,
  id: string,
  expectedVersion: number,
  state: WorkflowState,
  verdictLabelId?: string | null,
): Promise<boolean> {
  const { count } = await db.claim.updateMany({
    where: { id, version: expectedVersion },
    data: { state, version: { increment: 1 }, ...(verdictLabelId !== undefined ? { verdictLabelId } : {}) },
  });
  return count === 1;
}

/** The first claim of a demo article with exactly this text (demo seeding only). */
export async function findDemoClaimByText(db: DbExecutor, text: string): Promise<TClaim | null> {
  const row = await db.claim.findFirst({
    where: { text, article: { ingestSource: 'demo' } },
    select: claimSelect,
    orderBy: { createdAt: 'asc' },
  });
  return row ? toClaim(row) : null;
}
