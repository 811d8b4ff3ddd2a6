'use client';

import { can } from '@claimledger/domain';
import { actionLabel, describeChanges } from '@claimledger/ui';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useInvalidateClaims, useMe } from '../../../../hooks/use-claim-cache';
import { useTRPC } from '../../../../trpc/client';
import { ErrorNote } from '../../error-note';

const when = (d: Date) => d.toISOString().slice(0, 16).replace('T', ' ');
/** Comments and the full audit trail: who changed what, before and after. */
export function ActivityPanel({ claimId }: { claimId: string }) {
  const trpc = useTRPC();
  const me = useMe();
  const refresh = useInvalidateClaims();
  const [body, setBody] = useState('');
  const { data: comments = [] } = useQuery(trpc.comment.forClaim.queryOptions({ id: claimId }));
  const { data: audit = [] } = useQuery(trpc.claim.audit.queryOptions({ id: claimId }));
  const { data: people = [] } = useQuery(trpc.claim.assignees.queryOptions());
  const { data: verdicts = [] } = useQuery(trpc.review.verdictLabels.queryOptions());
  const canComment = me !== null && can(me.role, 'claim:review');
  const add = useMutation(trpc.comment.add.mutationOptions({ onSuccess: () => setBody(''), onSettled: refresh }));
  return (
    <section className="panel" aria-label="Activity">
      <h2>Comments</h2>
      {comments.length === 0 ? (
        <p className="empty-state">
          No comments yet.{canComment ? ' Ask a colleague or leave a note for the editor below.' : ''}
        </p>
      ) : null}
      <ol className="comments" data-testid="comments">
        {comments.map((c) => (
          <li key={c.id}>
            <span className="meta">
              {c.author} · {when(c.createdAt)}
            </span>
            <p>{c.body}</p>
          </li>
        ))}
      </ol>
      {canComment ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            add.mutate({ claimId, body });
          }}
        >
          <label className="stack">
            Comment
            <textarea value={body} onChange={(e) => setBody(e.target.value)} rows={2} />
          </label>
          <button type="submit" disabled={add.isPending}>
            Add comment
          </button>
          <ErrorNote error={add.error} />
        </form>
      ) : null}
      <h2>Audit trail</h2>
      {audit.length === 0 ? (
        <p className="empty-state" data-testid="audit-empty">
          Nothing has changed yet. Every assignment, edit, citation, review and decision will be listed here with who made it and
          when.
          {canComment ? ' To start, assign the claim to yourself or move it to In review, then add citations and a verdict.' : ''}
        </p>
      ) : null}
      <ol className="audit" data-testid="audit-trail">
        {audit.map((e) => (
          <li key={e.id}>
            <span className="meta">
              {when(e.at)} · {e.actor}
            </span>{' '}
            <strong>{actionLabel(e.action)}</strong>
            <ul className="changes">
              {describeChanges(e.before, e.after, { people, verdicts }).map((change) => (
                <li key={change.key}>
                  {change.label}: {change.before === null ? '' : <del>{change.before}</del>}
                  {change.before !== null && change.after !== null ? ' → ' : ' '}
                  {change.after === null ? '' : <ins>{change.after}</ins>}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}
