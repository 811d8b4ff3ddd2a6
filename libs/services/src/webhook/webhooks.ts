import { randomBytes } from 'node:crypto';
import {
  ZCreateWebhookInput,
  parseInput,
  type TCreateWebhookInput,
  type TWebhook,
  type TWebhookEvent,
  type TWebhookPayload,
} from '@claimledger/contracts';
import {
  enqueueWebhookEvent,
  insertWebhook,
  listWebhooks as listHooks,
  setWebhookActive,
  type DbClient,
  type DbExecutor,
} from '@claimledger/db';
import { AppError, type Actor, type WorkflowState } from '@claimledger/domain';
import { requireUser } from '../access';

/** An admin registers a receiver URL for some events; the signing secret is generated here. */
export async function registerWebhook(db: DbClient, actor: Actor, raw: TCreateWebhookInput): Promise<TWebhook> {
  return registerWebhookFor(db, requireUser(actor, 'key:manage'), raw);
}

/**
 * A consumer registers through its API key (scope webhooks:manage, checked by the API); the
 * webhook belongs to the admin who owns the key.
 */
export async function registerWebhookFor(db: DbClient, createdById: string, raw: TCreateWebhookInput): Promise<TWebhook> {
  const input = parseInput(ZCreateWebhookInput, raw);
  return insertWebhook(db, {
    url: input.url,
    events: input.events,
    secret: `whsec_${randomBytes(24).toString('base64url')}`,
    createdById,
  });
}

export function listWebhooks(db: DbClient, actor: Actor): Promise<TWebhook[]> {
  requireUser(actor, 'key:manage');
  return listHooks(db);
}

export async function deactivateWebhook(db: DbClient, actor: Actor, id: string): Promise<void> {
  requireUser(actor, 'key:manage');
  if (!(await setWebhookActive(db, id, false))) throw new AppError('NOT_FOUND', `Webhook ${id} not found.`);
}

type EventClaim = { id: string; articleId: string; text: string; state: WorkflowState };
type EventVerdict = { name: string; slug: string; rating: number } | null;

/** Writes the event to the outbox inside the caller's transaction, so it exists only if the change commits. */
export function emitClaimEvent(
  tx: DbExecutor,
  event: TWebhookEvent,
  claim: EventClaim,
  verdict: EventVerdict,
  correction?: TWebhookPayload['correction'],
): Promise<number> {
  const payload: TWebhookPayload = {
    event,
    occurredAt: new Date().toISOString(),
    claim: { id: claim.id, articleId: claim.articleId, text: claim.text, state: claim.state, verdict },
    ...(correction ? { correction } : {}),
  };
  return enqueueWebhookEvent(tx, event, payload);
}
