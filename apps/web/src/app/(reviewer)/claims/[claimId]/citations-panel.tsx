'use client';

import { STANCES, type TCitation, type TClaimDetail } from '@claimledger/contracts';
import { useMutation, useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useState } from 'react';
import { useInvalidateClaims, useMe } from '../../../../hooks/use-claim-cache';
import { useTRPC } from '../../../../trpc/client';
import { ErrorNote } from '../../error-note';
import { mayWorkOn } from './claim-open';

const day = (d: Date) => d.toISOString().slice(0, 10);

function ArchiveStatus({ citation }: { citation: TCitation }) {
  const { archive } = citation;
  if (archive.status === 'pending') return <span className="meta">Archiving the source…</span>;
  if (archive.status === 'failed') return <span className="error">Could not archive: {archive.error}</span>;
  return (
    <span className="meta">
      Archived {archive.archivedAt ? day(archive.archivedAt) : ''} · sha256 {archive.hash?.slice(0, 12)}… ·{' '}
      {archive.quoteFound ? 'quote found in the copy' : 'quote not found in the copy'} ·{' '}
      <Link href={`/citations/${citation.id}`}>archived copy</Link>
    </span>
  );
}

/** Sources with the exact quote, anchored in an archived copy that ClaimLedger keeps. */
export function CitationsPanel({ claim }: { claim: TClaimDetail }) {
  const claimId = claim.id;
  const trpc = useTRPC();
  const me = useMe();
  const canCite = mayWorkOn(me, claim);
  const { data: citations = [], isSuccess } = useQuery({
    ...trpc.citation.forClaim.queryOptions({ id: claimId }),
    refetchInterval: (query) => (query.state.data?.some((c) => c.archive.status === 'pending') ? 1000 : false),
  });
  return (
    <section className="panel" aria-label="Citations">
      <h2>Citations ({citations.length})</h2>
      {isSuccess && citations.length === 0 ? (
        <p className="empty-state" data-testid="citations-empty">
          No sources cited yet.
          {canCite
            ? ' Add the source that confirms or refutes the claim below, with the exact quote: ClaimLedger keeps an archived copy of the page.'
            : ' A reviewer adds the sources that confirm or refute the claim.'}
        </p>
      ) : null}
      <ol className="citations" data-testid="citations">
        {citations.map((c) => (
          <li key={c.id} data-testid="citation">
            <span className={`stance stance-${c.stance}`}>{c.stance}</span>{' '}
            <a href={c.sourceUrl} rel="noreferrer noopener nofollow" target="_blank">
              {c.title ?? c.sourceUrl}
            </a>
            {c.publisher ? <span className="meta"> · {c.publisher}</span> : null}
            <blockquote className="quote">{c.selector.exact}</blockquote>
            <p className="meta">
              Accessed {day(c.accessedAt)} by {c.addedBy}
            </p>
            <ArchiveStatus citation={c} />
          </li>
        ))}
      </ol>
      {canCite ? <AddCitationForm claimId={claimId} /> : null}
    </section>
  );
}

function AddCitationForm({ claimId }: { claimId: string }) {
  const trpc = useTRPC();
  const refresh = useInvalidateClaims();
  const empty = { sourceUrl: '', title: '', publisher: '', stance: 'supports' as const, quote: '', accessedAt: day(new Date()) };
  const [form, setForm] = useState<{
    sourceUrl: string;
    title: string;
    publisher: string;
    stance: TCitation['stance'];
    quote: string;
    accessedAt: string;
  }>(empty);
  const add = useMutation(trpc.citation.add.mutationOptions({ onSuccess: () => setForm(empty), onSettled: refresh }));
  const field = (name: keyof typeof form) => ({
    value: form[name],
    onChange: (e: { target: { value: string } }) => setForm({ ...form, [name]: e.target.value }),
  });
  return (
    <form
      className="stack-form"
      aria-label="Add citation"
      onSubmit={(e) => {
        e.preventDefault();
        add.mutate({
          claimId,
          ...form,
          title: form.title || undefined,
          publisher: form.publisher || undefined,
          // Noon of the chosen day, but never later than now: an access date may not lie in the future.
          accessedAt: new Date(Math.min(Date.parse(`${form.accessedAt}T12:00:00Z`), Date.now())),
        });
      }}
    >
      <h3>Add a citation</h3>
      <label className="stack">
        Source URL
        <input type="url" required {...field('sourceUrl')} />
      </label>
      <label className="stack">
        Title
        <input {...field('title')} />
      </label>
      <label className="stack">
        Publisher
        <input {...field('publisher')} />
      </label>
      <label className="stack">
        Stance
        <select {...field('stance')}>
          {STANCES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </label>
      <label className="stack">
        Exact quote from the source
        <textarea rows={3} required {...field('quote')} />
      </label>
      <label className="stack">
        Accessed on
        <input type="date" required {...field('accessedAt')} />
      </label>
      <button type="submit" disabled={add.isPending}>
        Add citation
      </button>
      <ErrorNote error={add.error} />
    </form>
  );
}
