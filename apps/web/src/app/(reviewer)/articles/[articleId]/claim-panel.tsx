'use client';

import type { TClaim } from '@claimledger/contracts';
import { WORKFLOW_STATE_LABELS, can } from '@claimledger/domain';
import { ClaimDetails, StateBadge } from '@claimledger/ui';
import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useMe } from '../../../../hooks/use-claim-cache';
import { useTRPC } from '../../../../trpc/client';
import { CheckedBefore } from '../../checked-before';
import { ClaimMoves } from '../../claim-moves';

/** One claim's details, the review moves open to it and the way into its workbench. */
export function ClaimPanel({ claim }: { claim: TClaim }) {
  const me = useMe();
  const trpc = useTRPC();
  const { data: tracking } = useQuery(trpc.tracking.claimTracking.queryOptions({ id: claim.id }));
  return (
    <section className="claim-panel" aria-label="Selected claim">
      <header>
        <h2>Claim</h2>
        <StateBadge state={claim.state} label={WORKFLOW_STATE_LABELS[claim.state]} />
      </header>
      <ClaimDetails claim={claim} />
      {tracking?.checkedBefore ? (
        <p>
          <CheckedBefore prior={tracking.checkedBefore} valueChange={tracking.valueChange} />
        </p>
      ) : null}
      {tracking?.groupId ? (
        <p>
          <Link href={`/tracked/${tracking.groupId}`} data-testid="tracked-link">
            Tracked claim: seen {tracking.appearances} {tracking.appearances === 1 ? 'time' : 'times'}
          </Link>
        </p>
      ) : null}
      <ClaimMoves claim={claim} label="Move claim" canMove={me !== null && can(me.role, 'claim:review')}>
        <Link href={`/claims/${claim.id}`} className="button-link">
          Open in workbench
        </Link>
      </ClaimMoves>
    </section>
  );
}
