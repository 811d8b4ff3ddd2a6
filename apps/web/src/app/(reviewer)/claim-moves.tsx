'use client';

import type { TClaim } from '@claimledger/contracts';
import { WORKFLOW_STATE_LABELS, manualTransitions } from '@claimledger/domain';
import { useMutation } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useInvalidateClaims } from '../../hooks/use-claim-cache';
import { useTRPC } from '../../trpc/client';
import { ErrorNote } from './error-note';

/**
 * The claim's action group: the review moves made by hand (when `canMove`) after any other
 * actions given as children, and the error of a failed move (conflicts name who changed what).
 */
export function ClaimMoves({
  claim,
  label,
  canMove,
  children,
}: {
  claim: Pick<TClaim, 'id' | 'state' | 'version'>;
  label: string;
  canMove: boolean;
  children?: ReactNode;
}) {
  const trpc = useTRPC();
  const refresh = useInvalidateClaims();
  const move = useMutation(trpc.claim.moveState.mutationOptions({ onSettled: refresh }));
  return (
    <>
      <div className="actions" role="group" aria-label={label}>
        {children}
        {canMove
          ? manualTransitions(claim.state).map((to) => (
              <button
                key={to}
                type="button"
                disabled={move.isPending}
                onClick={() => move.mutate({ id: claim.id, to, expectedVersion: claim.version })}
              >
                {`Move to ${WORKFLOW_STATE_LABELS[to]}`}
              </button>
            ))
          : null}
      </div>
      <ErrorNote error={move.error} />
    </>
  );
}
