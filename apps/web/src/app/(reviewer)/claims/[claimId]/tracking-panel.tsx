'use client';

import type { TClaimDetail } from '@claimledger/contracts';
import { can } from '@claimledger/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useInvalidateClaims, useMe } from '../../../../hooks/use-claim-cache';
import { useTRPC } from '../../../../trpc/client';
import { CheckedBefore } from '../../checked-before';
import { ErrorNote } from '../../error-note';
import { mayWorkOn } from './claim-open';

/** The claim's tracked claim: checked before, one-step apply, suggestions to confirm or reject. */
export function TrackingPanel({ claim }: { claim: TClaimDetail }) {
  const trpc = useTRPC();
  const me = useMe();
  const queryClient = useQueryClient();
  const refreshClaims = useInvalidateClaims();
  const refresh = async () => {
    await queryClient.invalidateQueries(trpc.tracking.pathFilter());
    await refreshClaims();
  };
  const { data: tracking } = useQuery(trpc.tracking.claimTracking.queryOptions({ id: claim.id }));
  const { data: suggestions } = useQuery(trpc.tracking.suggestions.queryOptions({ claimId: claim.id, limit: 10 }));
  const apply = useMutation(trpc.tracking.applyPriorVerdict.mutationOptions({ onSettled: refresh }));
  const decide = useMutation(trpc.tracking.decideSuggestion.mutationOptions({ onSettled: refresh }));
  const unlink = useMutation(trpc.tracking.unlink.mutationOptions({ onSettled: refresh }));
  const canReview = me !== null && can(me.role, 'claim:review');
  if (!tracking) return null;
  return (
    <section className="panel" aria-label="Tracked claim" data-testid="tracking-panel">
      <h2>Tracked claim</h2>
      {tracking.groupId ? (
        <p>
          <Link href={`/tracked/${tracking.groupId}`} data-testid="tracked-link">
            Seen {tracking.appearances} {tracking.appearances === 1 ? 'time' : 'times'}: open the tracked claim
          </Link>
          {tracking.matchScore !== null ? <span className="meta"> · match score {tracking.matchScore.toFixed(2)}</span> : null}
        </p>
      ) : null}
      {tracking.checkedBefore ? (
        <p>
          {tracking.isRepeat ? <span className="badge repeat">Repeat</span> : null}{' '}
          <CheckedBefore prior={tracking.checkedBefore} valueChange={tracking.valueChange} />
        </p>
      ) : (
        <p className="hint">Not checked before.</p>
      )}
      {mayWorkOn(me, claim) && tracking.canApplyVerdict ? (
        <button
          type="button"
          disabled={apply.isPending}
          onClick={() => apply.mutate({ claimId: claim.id, expectedVersion: claim.version })}
        >
          Apply the earlier verdict ({tracking.checkedBefore?.verdict})
        </button>
      ) : null}
      {tracking.valueChange ? <p className="hint">The number differs from the earlier check: review it again.</p> : null}
      <ErrorNote error={apply.error ?? decide.error ?? unlink.error} />
      {suggestions && suggestions.items.length > 0 ? (
        <>
          <h3>Possibly the same claim</h3>
          <ul className="suggestions" data-testid="suggestions">
            {suggestions.items.map((s) => (
              <li key={s.id}>
                <Link href={`/tracked/${s.groupId}`}>{s.groupText}</Link>{' '}
                <span className="meta">
                  score {s.score.toFixed(2)}
                  {s.valueChange ? ' · value changed' : ''}
                </span>
                {canReview ? (
                  <span className="actions">
                    <button
                      type="button"
                      disabled={decide.isPending}
                      onClick={() => decide.mutate({ id: s.id, decision: 'confirm' })}
                    >
                      Same claim
                    </button>
                    <button
                      type="button"
                      disabled={decide.isPending}
                      onClick={() => decide.mutate({ id: s.id, decision: 'reject' })}
                    >
                      Not the same
                    </button>
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {canReview && tracking.appearances > 1 ? (
        <button type="button" disabled={unlink.isPending} onClick={() => unlink.mutate({ claimId: claim.id })}>
          Not the same claim: unlink
        </button>
      ) : null}
    </section>
  );
}
