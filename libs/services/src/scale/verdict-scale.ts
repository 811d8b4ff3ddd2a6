import {
  ZAddVerdictLabelInput,
  ZUpdateVerdictLabelInput,
  parseInput,
  type TAddVerdictLabelInput,
  type TUpdateVerdictLabelInput,
  type TVerdictLabel,
} from '@claimledger/contracts';
import {
  findVerdictLabel,
  insertVerdictLabel,
  recordAudit,
  runInTransaction,
  updateVerdictLabel,
  type DbClient,
} from '@claimledger/db';
import { AppError, type Actor } from '@claimledger/domain';
import { requireUser } from '../access';

/** An admin changes a label's name, colour, description or ClaimReview rating. */
export async function editVerdictLabel(db: DbClient, actor: Actor, raw: TUpdateVerdictLabelInput): Promise<TVerdictLabel> {
  const input = parseInput(ZUpdateVerdictLabelInput, raw);
  requireUser(actor, 'scale:manage');
  return runInTransaction(db, async (tx) => {
    const before = await findVerdictLabel(tx, input.id);
    const label = before && (await updateVerdictLabel(tx, input));
    if (!before || !label) throw new AppError('NOT_FOUND', `Verdict label ${input.id} not found.`);
    await recordAudit(tx, {
      actorId: actor.id,
      actorLabel: actor.label,
      action: 'verdict_label.changed',
      entityType: 'verdict_label',
      entityId: label.id,
      before,
      after: label,
    });
    return label;
  });
}

/** An admin adds a label at the end of the organisation's scale. */
export async function addVerdictLabel(db: DbClient, actor: Actor, raw: TAddVerdictLabelInput): Promise<TVerdictLabel> {
  const input = parseInput(ZAddVerdictLabelInput, raw);
  requireUser(actor, 'scale:manage');
  return runInTransaction(db, async (tx) => {
    const label = await insertVerdictLabel(tx, input);
    if (!label) throw new AppError('CONFLICT', `The scale has a label "${input.slug}" already.`);
    await recordAudit(tx, {
      actorId: actor.id,
      actorLabel: actor.label,
      action: 'verdict_label.added',
      entityType: 'verdict_label',
      entityId: label.id,
      after: label,
    });
    return label;
  });
}
