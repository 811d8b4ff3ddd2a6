import type { TInboxKind, TWebhookPayload } from '@claimledger/contracts';
import { enqueueWebhookEvents, hasWebhookFor, listActiveUserNames, type DbExecutor } from '@claimledger/db';
import type { Actor } from '@claimledger/domain';

type InboxClaim = Pick<TWebhookPayload['claim'], 'id' | 'articleId' | 'text' | 'state'>;

const NOTE_LENGTH = 200;
const shortNote = (note: string | null) =>
  note === null ? null : note.length > NOTE_LENGTH ? `${note.slice(0, NOTE_LENGTH - 1)}…` : note;

/**
 * Queues inbox.item for each person something new reached in their inbox, inside the caller's
 * transaction, so it exists only if the change commits. Nobody hears of their own doing, and
 * disabled users hear of nothing. `actor` null: ClaimLedger itself (a repeat found on ingest).
 */
export async function enqueueInboxItem(
  tx: DbExecutor,
  item: { kind: TInboxKind; claim: InboxClaim; recipientIds: string[]; actor: Actor | null; note: string | null },
): Promise<number> {
  const ids = [...new Set(item.recipientIds)].filter((id) => id !== item.actor?.id);
  if (ids.length === 0 || !(await hasWebhookFor(tx, 'inbox.item'))) return 0;
  const actorId = item.actor?.id ?? null;
  const people = await listActiveUserNames(tx, actorId ? [...ids, actorId] : ids);
  const nameOf = new Map(people.map((p) => [p.id, p.name]));
  const actor = item.actor && { id: actorId, name: (actorId && nameOf.get(actorId)) || item.actor.label };
  const { id, articleId, text, state } = item.claim;
  const occurredAt = new Date().toISOString();
  const payloads: TWebhookPayload[] = people
    .filter((p) => ids.includes(p.id))
    .map((recipient) => ({
      event: 'inbox.item',
      occurredAt,
      claim: { id, articleId, text, state, verdict: null },
      inbox: { kind: item.kind, recipient, actor, note: shortNote(item.note) },
    }));
  return enqueueWebhookEvents(tx, 'inbox.item', payloads);
}
