'use client';

import type { TClaim } from '@claimledger/contracts';
import { WORKFLOW_STATE_LABELS, can, manualTransitions } from '@claimledger/domain';
import { ClaimDetails, StateBadge } from '@claimledger/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useTRPC } from '../../../../trpc/client';

/** One claim's details, the review moves open to it and the way into its workbench. */
export function ClaimPanel({ claim, articleId }: { claim: TClaim; articleId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data: me } = useQuery(trpc.auth.me.queryOptions());
  const moves = me && can(me.role, 'claim:review') ? manualTransitions(claim.state) : [];
  const move = useMutation(
    trpc.claim.moveState.mutationOptions({
      onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.article.get.queryKey({ id: articleId }) }),
    }),
  );
  return (
    <section className="claim-panel" aria-label="Selected claim">
      <header>
        <h2>Claim</h2>
        <StateBadge state={claim.state} label={WORKFLOW_STATE_LABELS[claim.state]} />
      </header>
      <ClaimDetails claim={claim} />
      <div className="actions" role="group" aria-label="Move claim">
        <Link href={`/claims/${claim.id}`} className="button-link">
          Open in workbench
        </Link>
        {moves.map((to) => (
          <button
            key={to}
            type="button"
            disabled={move.isPending}
            onClick={() => move.mutate({ id: claim.id, to, expectedVersion: claim.version })}
          >
            {`Move to ${WORKFLOW_STATE_LABELS[to]}`}
          </button>
        ))}
      </div>
      {move.error ? (
        <p className="error" role="alert">
          {move.error.message}
        </p>
      ) : null}
    </section>
  );
}
