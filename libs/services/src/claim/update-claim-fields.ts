import {
  ZUpdateClaimFieldsInput,
  parseInput,
  type TClaim,
  type TClaimFields,
  type TUpdateClaimFieldsInput,
} from '@claimledger/contracts';
import { findClaim, runInTransaction, updateClaimFieldsIfVersion, type DbClient } from '@claimledger/db';
import { AppError, claimValueProblems, type Actor } from '@claimledger/domain';
import { assertClaimOpenTo, auditClaim, requireUser } from '../access';
import { claimAtVersion, conflictWithCurrent } from './transition-claim';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Corrects the structured fields extraction got wrong. Only changed fields are written and
 * audited (before/after); a stale version is a conflict naming who changed what.
 */
export async function updateClaimFields(db: DbClient, actor: Actor, raw: TUpdateClaimFieldsInput): Promise<TClaim> {
  const input = parseInput(ZUpdateClaimFieldsInput, raw);
  requireUser(actor, 'claim:review');
  return runInTransaction(db, async (tx) => {
    const claim = await claimAtVersion(tx, input.id, input.expectedVersion);
    await assertClaimOpenTo(tx, actor, claim.id);
    if (claim.state === 'approved')
      throw new AppError('INVALID_TRANSITION', 'A published claim is changed through a correction, not edited.');
    const before: Record<string, unknown> = {};
    const changed: TClaimFields = {};
    for (const [key, value] of Object.entries(input.fields) as [keyof TClaimFields, unknown][]) {
      if (same(claim[key], value)) continue;
      before[key] = claim[key];
      Object.assign(changed, { [key]: value });
    }
    if (Object.keys(changed).length === 0) return claim;
    assertValuesAgree({ ...claim, ...changed });
    if (!(await updateClaimFieldsIfVersion(tx, claim.id, claim.version, changed))) {
      throw await conflictWithCurrent(tx, claim);
    }
    await auditClaim(tx, actor, 'claim.fields_changed', claim.id, { before, after: changed });
    const updated = await findClaim(tx, claim.id);
    if (!updated) throw new AppError('NOT_FOUND', `Claim ${claim.id} not found.`);
    return updated;
  });
}

/** Value, range and bound of the claim as it would be saved must not contradict each other. */
function assertValuesAgree(fields: Pick<TClaim, 'value' | 'low' | 'high' | 'bound'>): void {
  const problems = claimValueProblems(fields);
  if (problems.length === 0) return;
  const issues = problems.map((p) => ({ path: ['fields', p.field], message: p.message }));
  throw new AppError('BAD_INPUT', issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '), { issues });
}
