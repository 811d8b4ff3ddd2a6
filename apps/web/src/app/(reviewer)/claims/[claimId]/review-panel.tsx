'use client';

import type { TClaimDetail, TReview } from '@claimledger/contracts';
import { can } from '@claimledger/domain';
import { VerdictBadge } from '@claimledger/ui';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useInvalidateClaims, useMe } from '../../../../hooks/use-claim-cache';
import { useTRPC } from '../../../../trpc/client';
import { ErrorNote } from '../../error-note';
import { CorrectionsLog } from './corrections-log';
import { VerdictForm } from './verdict-form';
import { mayWorkOn } from './claim-open';

/** The verdict: the reviewer's form, the editor's second review, past reviews and corrections. */
export function ReviewPanel({ claim }: { claim: TClaimDetail }) {
  const trpc = useTRPC();
  const me = useMe();
  const { data: reviews = [] } = useQuery(trpc.review.forClaim.queryOptions({ id: claim.id }));
  const pending = reviews.find((r) => r.state === 'submitted');
  return (
    <section className="panel" aria-label="Verdict">
      <h2>Verdict</h2>
      {mayWorkOn(me, claim) && claim.state === 'in_review' ? <VerdictForm claim={claim} /> : null}
      {pending ? <SecondReview review={pending} claim={claim} /> : null}
      {reviews.length > 0 ? (
        <ol className="reviews" data-testid="reviews">
          {reviews.map((r) => (
            <li key={r.id}>
              <VerdictBadge verdict={r.verdict} />{' '}
              <span className="meta">{`${r.state} · by ${r.reviewer}${r.approver ? ` · decided by ${r.approver}` : ''}`}</span>
              <p className="rationale">{r.rationale}</p>
              {r.decisionComment ? <p className="meta">Editor: {r.decisionComment}</p> : null}
            </li>
          ))}
        </ol>
      ) : (
        <p className="hint">No verdict yet.</p>
      )}
      <CorrectionsLog claim={claim} />
    </section>
  );
}

/** Approve or send back: only for editors who did not write the review. */
function SecondReview({ review, claim }: { review: TReview; claim: TClaimDetail }) {
  const trpc = useTRPC();
  const me = useMe();
  const refresh = useInvalidateClaims();
  const [comment, setComment] = useState('');
  const approve = useMutation(trpc.review.approve.mutationOptions({ onSettled: refresh }));
  const sendBack = useMutation(trpc.review.sendBack.mutationOptions({ onSettled: refresh }));
  if (!me || !can(me.role, 'claim:approve')) return <p className="hint">Waiting for an editor’s second review.</p>;
  if (me.label === review.reviewer) return <p className="hint">You wrote this review: another editor must approve it.</p>;
  return (
    <div className="second-review" data-testid="second-review">
      <h3>Second review</h3>
      <p>
        <VerdictBadge verdict={review.verdict} /> by {review.reviewer}
      </p>
      <p className="rationale">{review.rationale}</p>
      <div className="actions">
        <button
          type="button"
          disabled={approve.isPending}
          onClick={() => approve.mutate({ reviewId: review.id, expectedVersion: claim.version })}
        >
          Approve and publish
        </button>
      </div>
      <label className="stack">
        Comment for the reviewer
        <textarea value={comment} onChange={(e) => setComment(e.target.value)} rows={2} />
      </label>
      <button
        type="button"
        disabled={sendBack.isPending}
        onClick={() => sendBack.mutate({ reviewId: review.id, expectedVersion: claim.version, comment })}
      >
        Send back
      </button>
      <ErrorNote error={approve.error ?? sendBack.error} />
    </div>
  );
}
