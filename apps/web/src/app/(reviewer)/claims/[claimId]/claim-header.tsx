'use client';

import type { TClaimDetail } from '@claimledger/contracts';
import { WORKFLOW_STATE_LABELS, can } from '@claimledger/domain';
import { StateBadge, VerdictBadge } from '@claimledger/ui';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useHotkeys } from 'react-hotkeys-hook';
import { useInvalidateClaims, useMe } from '../../../../hooks/use-claim-cache';
import { useTRPC } from '../../../../trpc/client';
import { ExportLinks } from '../../../export-links';
import { ClaimMoves } from '../../claim-moves';
import { ErrorNote } from '../../error-note';

/** The claim's state, verdict and assignee, with the moves and assignment the viewer may make. */
export function ClaimHeader({ claim }: { claim: TClaimDetail }) {
  const trpc = useTRPC();
  const me = useMe();
  const refresh = useInvalidateClaims();
  const canReview = me !== null && can(me.role, 'claim:review');
  const canAssign = me !== null && can(me.role, 'claim:assign');
  const { data: people = [] } = useQuery({ ...trpc.claim.assignees.queryOptions(), enabled: canAssign });
  const assign = useMutation(trpc.claim.assign.mutationOptions({ onSettled: refresh }));
  const mine = claim.assignee !== null && claim.assignee.id === me?.id;
  // A claim someone else has is closed to reviewers: only editors take it or move it.
  const heldByOther = claim.assignee !== null && !mine && !canAssign;
  const canTake = canReview && !mine && !heldByOther;
  const assignToMe = () => me?.id && assign.mutate({ claimId: claim.id, assigneeId: me.id });
  useHotkeys('a', assignToMe, [me?.id, claim.id], { enabled: canTake });

  return (
    <section className="panel" aria-label="Claim">
      <header className="panel-head">
        <h2>Claim</h2>
        <span>
          <StateBadge state={claim.state} label={WORKFLOW_STATE_LABELS[claim.state]} /> <VerdictBadge verdict={claim.verdict} />
        </span>
      </header>
      <blockquote className="claim-text" data-testid="claim-text">
        {claim.text}
      </blockquote>
      <p className="meta" data-testid="assignee">
        Assigned to: {claim.assignee ? claim.assignee.name : 'nobody'}
      </p>
      {canReview && heldByOther ? (
        <p className="hint" data-testid="held-by-other">
          {claim.assignee?.name} has this claim; ask an editor to reassign it.
        </p>
      ) : null}
      {canReview && !heldByOther ? (
        <ClaimMoves claim={claim} label="Claim actions" canMove>
          {canTake ? (
            <button type="button" onClick={assignToMe} disabled={assign.isPending} title="Shortcut: a">
              Assign to me
            </button>
          ) : null}
          {mine ? (
            <button
              type="button"
              onClick={() => assign.mutate({ claimId: claim.id, assigneeId: null })}
              disabled={assign.isPending}
            >
              Unassign
            </button>
          ) : null}
          {canAssign ? (
            <label>
              Assign to{' '}
              <select
                aria-label="Assignee"
                value={claim.assignee?.id ?? ''}
                onChange={(e) => assign.mutate({ claimId: claim.id, assigneeId: e.target.value || null })}
              >
                <option value="">nobody</option>
                {people.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name} ({p.email})
                  </option>
                ))}
              </select>
            </label>
          ) : null}
        </ClaimMoves>
      ) : null}
      {me && can(me.role, 'report:export') ? <ExportLinks scope={{ claimId: claim.id }} /> : null}
      {claim.state === 'approved' ? (
        <p className="meta">
          <a href={`/published/${claim.id}`}>Public review page</a>
        </p>
      ) : null}
      <ErrorNote error={assign.error} />
    </section>
  );
}
