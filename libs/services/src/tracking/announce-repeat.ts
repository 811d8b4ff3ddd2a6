import type { TPriorVerdict, TWebhookPayload } from '@claimledger/contracts';
import { enqueueWebhookEvent, type DbExecutor } from '@claimledger/db';

type RepeatedClaim = Pick<TWebhookPayload['claim'], 'id' | 'articleId' | 'text' | 'state'>;

/** Queues claim.repeated: a claim joined a tracked claim that already has a verdict. */
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
}
