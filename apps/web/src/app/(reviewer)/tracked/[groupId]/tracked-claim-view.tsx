'use client';

import { can } from '@claimledger/domain';
import { formatAmount } from '@claimledger/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useMe } from '../../../../hooks/use-claim-cache';
import { useTRPC } from '../../../../trpc/client';
import { ExportLinks } from '../../../export-links';
import { CheckedBefore } from '../../checked-before';
import { ErrorNote } from '../../error-note';
import { TimelineChart } from './timeline-chart';

const day = (d: Date | null) => (d ? new Date(d).toISOString().slice(0, 10) : '—');

/** A tracked claim: its timeline, appearances (outlets, speakers, values), verdict history and export. */
export function TrackedClaimView({ groupId }: { groupId: string }) {
  const trpc = useTRPC();
  const me = useMe();
  const router = useRouter();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries(trpc.tracking.pathFilter());
  const { data, error } = useQuery(trpc.tracking.trackedClaim.queryOptions({ id: groupId }));
  const [mergeId, setMergeId] = useState('');
  const [selected, setSelected] = useState<string[]>([]);
  const merge = useMutation(trpc.tracking.merge.mutationOptions({ onSettled: refresh }));
  const split = useMutation(
    trpc.tracking.split.mutationOptions({ onSuccess: ({ groupId: id }) => router.push(`/tracked/${id}`), onSettled: refresh }),
  );
  if (error)
    return (
      <p className="error" role="alert">
        {error.message}
      </p>
    );
  if (!data) return <p>Loading…</p>;
  const canReview = me !== null && can(me.role, 'claim:review');
  const outlets = [...new Set(data.appearances.map((a) => a.outlet).filter(Boolean))];
  const speakers = [...new Set(data.appearances.map((a) => a.speaker).filter(Boolean))];
  return (
    <div className="tracked-claim">
      <p className="meta">
        <Link href="/claims">← Queue</Link>
      </p>
      <h1>Tracked claim</h1>
      <blockquote className="claim-text" data-testid="canonical-text">
        {data.canonicalText}
      </blockquote>
      <p className="meta">
        First seen {day(data.firstSeenAt)} · last seen {day(data.lastSeenAt)} · {data.appearances.length} appearances
        {data.factChecks.length ? ` · ${data.factChecks.length} fact-checks elsewhere` : ''}
      </p>
      {data.verdict ? (
        <p>
          <CheckedBefore prior={data.verdict} />
        </p>
      ) : (
        <p className="hint">No verdict yet.</p>
      )}
      <ExportLinks scope={{ groupId: data.id }} />

      <h2 id="timeline-heading">Timeline</h2>
      <TimelineChart appearances={data.appearances} />
      <table className="queue-table" aria-labelledby="timeline-heading" data-testid="appearances">
        <thead>
          <tr>
            {canReview ? <th>Split</th> : null}
            <th>Date</th>
            <th>Outlet</th>
            <th>Speaker</th>
            <th>Value</th>
            <th>Wording</th>
            <th>State</th>
          </tr>
        </thead>
        <tbody>
          {data.appearances.map((a) => (
            <tr key={a.claimId} data-claim-id={a.claimId}>
              {canReview ? (
                <td>
                  <input
                    type="checkbox"
                    aria-label={`Select ${a.articleTitle}`}
                    checked={selected.includes(a.claimId)}
                    onChange={(e) =>
                      setSelected((s) => (e.target.checked ? [...s, a.claimId] : s.filter((id) => id !== a.claimId)))
                    }
                  />
                </td>
              ) : null}
              <td>{day(a.date)}</td>
              <td>{a.outlet ?? '—'}</td>
              <td>{a.speaker ?? '—'}</td>
              <td>
                {a.value !== null ? formatAmount(a.value, a.unit) : '—'}
                {a.valueChange ? <strong className="value-change"> changed</strong> : null}
              </td>
              <td>
                <Link href={`/claims/${a.claimId}`}>{a.sentence}</Link>
                <div className="meta">
                  <Link href={`/articles/${a.articleId}`}>{a.articleTitle}</Link>
                </div>
              </td>
              <td>{a.state}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {canReview && selected.length > 0 ? (
        <button type="button" disabled={split.isPending} onClick={() => split.mutate({ groupId: data.id, claimIds: selected })}>
          Split the selected appearances into their own tracked claim
        </button>
      ) : null}

      {outlets.length || speakers.length ? (
        <p className="meta">
          Outlets: {outlets.join(', ') || '—'} · Speakers: {speakers.join(', ') || '—'}
        </p>
      ) : null}

      <h2>Verdict history</h2>
      {data.verdictHistory.length ? (
        <ol data-testid="verdict-history">
          {data.verdictHistory.map((h, i) => (
            <li key={i}>
              {day(h.date)} · {h.kind === 'corrected' ? `withdrawn: ${h.verdict}` : h.verdict}
              {h.publisher ? ` · ${h.publisher}` : ''}
              {h.link ? (
                <>
                  {' · '}
                  <a href={h.link}>{h.kind === 'imported' ? 'their fact-check' : 'published'}</a>
                </>
              ) : null}
              {h.note ? <div className="meta">{h.note}</div> : null}
            </li>
          ))}
        </ol>
      ) : (
        <p className="hint">Nothing published yet.</p>
      )}

      {canReview ? (
        <form
          className="filters"
          onSubmit={(e) => {
            e.preventDefault();
            merge.mutate({ targetId: data.id, sourceId: mergeId.trim() });
          }}
        >
          <label>
            Merge another tracked claim into this one (its id){' '}
            <input value={mergeId} onChange={(e) => setMergeId(e.target.value)} />
          </label>{' '}
          <button type="submit" disabled={merge.isPending || !mergeId.trim()}>
            Merge
          </button>
        </form>
      ) : null}
      <ErrorNote error={merge.error ?? split.error} />
    </div>
  );
}
