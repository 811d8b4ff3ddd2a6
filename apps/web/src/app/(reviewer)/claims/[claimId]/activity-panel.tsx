'use client';

import { can } from '@claimledger/domain';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useInvalidateClaims, useMe } from '../../../../hooks/use-claim-cache';
import { useTRPC } from '../../../../trpc/client';
import { ErrorNote } from '../../error-note';

const when = (d: Date) => d.toISOString().slice(0, 16).replace('T', ' ');
const show = (value: unknown) => {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 120 ? `${text.slice(0, 119)}…` : text;
};

/** Each field an event touched, with its value before and after. */
function changes(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): Array<[string, unknown, unknown]> {
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  return keys.map((key) => [key, before?.[key], after?.[key]]);
}

/** Comments and the full audit trail: who changed what, before and after. */
export function ActivityPanel({ claimId }: { claimId: string }) {
  const trpc = useTRPC();
  const me = useMe();
  const refresh = useInvalidateClaims();
  const [body, setBody] = useState('');
  const { data: comments = [] } = useQuery(trpc.comment.forClaim.queryOptions({ id: claimId }));
  const { data: audit = [] } = useQuery(trpc.claim.audit.queryOptions({ id: claimId }));
  const add = useMutation(trpc.comment.add.mutationOptions({ onSuccess: () => setBody(''), onSettled: refresh }));
  return (
    <section className="panel" aria-label="Activity">
      <h2>Comments</h2>
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
      {me && can(me.role, 'claim:review') ? (
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
      <ol className="audit" data-testid="audit-trail">
        {audit.map((e) => (
          <li key={e.id}>
            <span className="meta">
              {when(e.at)} · {e.actor}
            </span>{' '}
            <strong>{e.action}</strong>
            <ul className="changes">
              {changes(e.before, e.after).map(([key, before, after]) => (
                <li key={key}>
                  <code>{key}</code>: {before === undefined ? '' : <del>{show(before)}</del>}{' '}
                  {after === undefined ? '' : <ins>{show(after)}</ins>}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}
