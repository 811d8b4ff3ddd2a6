'use client';

import type { TClaimDetail } from '@claimledger/contracts';
import { can } from '@claimledger/domain';
import { VerdictBadge } from '@claimledger/ui';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useInvalidateClaims, useMe } from '../../../../hooks/use-claim-cache';
import { useTRPC } from '../../../../trpc/client';
import { ErrorNote } from '../../error-note';

/** Past corrections (old verdict, reason, time) and, for editors, the form to correct a published verdict. */
export function CorrectionsLog({ claim }: { claim: TClaimDetail }) {
  const trpc = useTRPC();
  const me = useMe();
  const refresh = useInvalidateClaims();
  const [reason, setReason] = useState('');
  const { data: corrections = [] } = useQuery(trpc.review.corrections.queryOptions({ id: claim.id }));
  const correct = useMutation(trpc.review.correct.mutationOptions({ onSettled: refresh }));
  const canCorrect = me !== null && can(me.role, 'claim:approve') && claim.state === 'approved';
  return (
    <div className="corrections">
      {corrections.length > 0 ? (
        <>
          <h3>Corrections</h3>
          <ol data-testid="corrections">
            {corrections.map((c) => (
              <li key={c.id}>
                <time dateTime={c.createdAt.toISOString()}>{c.createdAt.toISOString().slice(0, 16).replace('T', ' ')}</time> ·
                withdrew <VerdictBadge verdict={c.previousVerdict} /> · {c.correctedBy}: {c.reason}
              </li>
            ))}
          </ol>
        </>
      ) : null}
      {canCorrect ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            correct.mutate({ claimId: claim.id, expectedVersion: claim.version, reason });
          }}
        >
          <label className="stack">
            Reason for correcting the published verdict
            <textarea value={reason} onChange={(e) => setReason(e.target.value)} rows={2} />
          </label>
          <button type="submit" disabled={correct.isPending}>
            Withdraw verdict for correction
          </button>
          <ErrorNote error={correct.error} />
        </form>
      ) : null}
    </div>
  );
}
