import type { TPriorVerdict, TWebhookPayload } from '@claimledger/contracts';
import { enqueueWebhookEvent, listCheckersOfGroup, type DbExecutor } from '@claimledger/db';
import { enqueueInboxItem } from '../inbox/announce-inbox-item';

type RepeatedClaim = Pick<TWebhookPayload['claim'], 'id' | 'articleId' | 'text' | 'state'>;

/**
 * Queues claim.repeated: a claim joined a tracked claim that already has a verdict; and inbox.item
 * for each reviewer who checked a claim of it (the inbox's "repeat").
 */
export async function enqueueClaimRepeated(
  tx: DbExecutor,
  claim: RepeatedClaim,
  groupId: string,
  prior: TPriorVerdict,
  valueChange: boolean,
): Promise<void> {
  const payload: TWebhookPayload = {
    event: 'claim.repeated',
    occurredAt: new Date().toISOString(),
    claim: { id: claim.id, articleId: claim.articleId, text: claim.text, state: claim.state, verdict: null },
    repeated: {
      trackedClaimId: groupId,
      verdict: prior.verdict,
      publishedAt: prior.date?.toISOString() ?? null,
      link: prior.link,
      valueChange,
    },
  };
  await enqueueWebhookEvent(tx, 'claim.repeated', payload);
  await enqueueInboxItem(tx, {
    kind: 'repeat',
    claim,
    recipientIds: await listCheckersOfGroup(tx, groupId, claim.id),
    actor: null,
    note: `Checked before: ${prior.verdict}`,
  });
}
