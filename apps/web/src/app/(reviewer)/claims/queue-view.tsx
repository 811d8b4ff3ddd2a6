'use client';

import { CLAIM_KINDS, WORKFLOW_STATES, WORKFLOW_STATE_LABELS, can } from '@claimledger/domain';
import { StateBadge, VerdictBadge } from '@claimledger/ui';
import { useMutation, useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useState } from 'react';
import { useHotkeys } from 'react-hotkeys-hook';
import { useInvalidateClaims, useMe } from '../../../hooks/use-claim-cache';
import { useTRPC } from '../../../trpc/client';
import { ExportLinks } from '../../export-links';
import { CheckedBefore } from '../checked-before';
import { ErrorNote } from '../error-note';
import { filterFromParams } from './queue-filter';

/** The review queue: filters in the URL, most check-worthy first; j/k move, o opens, a assigns to me. */
export function QueueView() {
  const trpc = useTRPC();
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const me = useMe();
  const refresh = useInvalidateClaims();
  const filter = filterFromParams(Object.fromEntries(params.entries()));
  const { data, error } = useQuery(trpc.claim.list.queryOptions(filter));
  const { data: people = [] } = useQuery(trpc.claim.assignees.queryOptions());
  const assign = useMutation(trpc.claim.assign.mutationOptions({ onSettled: refresh }));
  const [cursor, setCursor] = useState(0);
  const items = data?.items ?? [];
  const current = items[Math.min(cursor, items.length - 1)];

  const setParam = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    if (name !== 'after') next.delete('after');
    setCursor(0);
    router.replace(`${pathname}?${next.toString()}`);
  };
  useHotkeys('j', () => setCursor((c) => Math.min(c + 1, items.length - 1)), [items.length]);
  useHotkeys('k', () => setCursor((c) => Math.max(c - 1, 0)));
  const open = () => current && router.push(`/claims/${current.id}`);
  useHotkeys('o', open, [current?.id]);
  // Enter on a focused link or button is that control's own (the skip link, the navigation, Assign).
  useHotkeys(
    'enter',
    open,
    {
      ignoreEventWhen: (event) => event.target instanceof Element && event.target.closest('a, button, summary') !== null,
    },
    [current?.id],
  );
  const canTake = me !== null && can(me.role, 'claim:review');
  useHotkeys('a', () => current && me?.id && assign.mutate({ claimId: current.id, assigneeId: me.id }), [current?.id, me?.id], {
    enabled: canTake,
  });
  const isFiltered = ['state', 'kind', 'assignee', 'min', 'article'].some((name) => params.get(name));

  const select = (name: string, label: string, options: Array<[string, string]>) => (
    <label>
      {label}{' '}
      <select aria-label={label} value={params.get(name) ?? ''} onChange={(e) => setParam(name, e.target.value)}>
        <option value="">any</option>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <div className="queue">
      <h1>Review queue</h1>
      <form
        className="search"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          setParam('q', String(new FormData(e.currentTarget).get('q') ?? '').trim());
        }}
      >
        <input
          type="search"
          name="q"
          aria-label="Search claims"
          placeholder='Words, "a phrase", a speaker or an outlet'
          defaultValue={params.get('q') ?? ''}
          key={params.get('q') ?? ''}
        />{' '}
        <button type="submit">Search</button>
      </form>
      <form className="filters" aria-label="Filters" onSubmit={(e) => e.preventDefault()}>
        {select(
          'state',
          'State',
          WORKFLOW_STATES.map((s) => [s, WORKFLOW_STATE_LABELS[s]]),
        )}
        {select(
          'kind',
          'Kind',
          CLAIM_KINDS.map((k) => [k, k]),
        )}
        {select('assignee', 'Assignee', [
          ['me', 'me'],
          ['unassigned', 'nobody'],
          ...people.map((p): [string, string] => [p.id, p.name]),
        ])}
        {select(
          'min',
          'Check-worthiness at least',
          ['0.9', '0.75', '0.5', '0.25'].map((v) => [v, v]),
        )}
        {select('repeat', 'Repeats', [
          ['yes', 'repeats only'],
          ['no', 'new work only'],
        ])}
        {params.get('article') ? (
          <button type="button" onClick={() => setParam('article', '')}>
            All articles
          </button>
        ) : null}
      </form>
      <p className="meta" data-testid="queue-count">
        {!data
          ? 'Loading…'
          : data.total === null
            ? 'A later page (counted on the first page)'
            : `${data.totalIsEstimate ? 'about ' : ''}${data.total.toLocaleString('en')}${data.totalIsCapped ? '+' : ''} claims`}
        {params.get('q') ? ' · ranked by relevance' : ''} · keys: j / k move, o open{canTake ? ', a assign to me' : ''}
      </p>
      {me && can(me.role, 'report:export') ? (
        <ExportLinks
          canBeLarge
          scope={{
            state: params.get('state') ?? undefined,
            kind: params.get('kind') ?? undefined,
            articleId: params.get('article') ?? undefined,
            minCheckworthiness: params.get('min') ?? undefined,
          }}
        />
      ) : null}
      {error ? <p className="error">{error.message}</p> : null}
      <ErrorNote error={assign.error} />
      {data && items.length === 0 ? (
        <div className="empty-state" data-testid="queue-empty">
          <p>
            <strong>No claims here.</strong>{' '}
            {isFiltered ? 'No claim matches these filters.' : 'Claims appear once articles are added and their claims extracted.'}
          </p>
          {isFiltered ? (
            <button type="button" onClick={() => router.replace(pathname)}>
              Clear the filters
            </button>
          ) : canTake ? (
            <Link href="/articles/new">Add an article</Link>
          ) : null}
        </div>
      ) : null}
      <table className="queue-table" data-testid="queue" hidden={data !== undefined && items.length === 0}>
        <thead>
          <tr>
            <th>Score</th>
            <th>Claim</th>
            <th>Kinds</th>
            <th>State</th>
            <th>Assignee</th>
          </tr>
        </thead>
        <tbody>
          {items.map((c, i) => (
            <tr
              key={c.id}
              className={c.id === current?.id ? 'current' : ''}
              aria-selected={c.id === current?.id}
              data-claim-id={c.id}
            >
              <td>{c.checkworthiness.toFixed(2)}</td>
              <td>
                <Link href={`/claims/${c.id}`} onFocus={() => setCursor(i)}>
                  {c.text.length > 110 ? `${c.text.slice(0, 109)}…` : c.text}
                </Link>
                <div className="meta">{c.articleTitle}</div>
                {c.checkedBefore ? (
                  <div className="meta">
                    {c.isRepeat ? <span className="badge repeat">Repeat</span> : null}{' '}
                    <CheckedBefore prior={c.checkedBefore} valueChange={c.valueChange} />
                  </div>
                ) : null}
              </td>
              <td className="kind">{c.kinds.join(' · ')}</td>
              <td>
                <StateBadge state={c.state} label={WORKFLOW_STATE_LABELS[c.state]} /> <VerdictBadge verdict={c.verdict} />
              </td>
              <td>{c.assignee?.name ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {params.get('after') ? (
        <button type="button" onClick={() => setParam('after', '')}>
          First page
        </button>
      ) : null}{' '}
      {data?.nextCursor ? (
        <button type="button" onClick={() => setParam('after', data.nextCursor ?? '')}>
          Next page
        </button>
      ) : null}
    </div>
  );
}
