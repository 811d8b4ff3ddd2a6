'use client';

import { parseInterval } from '@claimledger/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTRPC } from '../../../../trpc/client';
import { ErrorNote } from '../../error-note';

const when = (d: Date | null) => (d ? d.toISOString().replace('T', ' ').slice(0, 16) : '—');

/** Editors add feeds and news sitemaps to poll, and see each one's health. */
export function SourcesManager() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data: sources = [] } = useQuery({ ...trpc.source.list.queryOptions(), refetchInterval: 10_000 });
  const [url, setUrl] = useState('');
  const [every, setEvery] = useState('15m');
  const [intervalError, setIntervalError] = useState<string | null>(null);
  const add = useMutation(
    trpc.source.add.mutationOptions({
      onSuccess: () => setUrl(''),
      onSettled: () => queryClient.invalidateQueries(trpc.source.pathFilter()),
    }),
  );
  return (
    <div>
      <h1>Sources</h1>
      <form
        className="stack-form panel"
        aria-label="New source"
        onSubmit={(e) => {
          e.preventDefault();
          const intervalMinutes = parseInterval(every);
          setIntervalError(intervalMinutes === null ? 'Use an interval such as 15m, 2h or 1d.' : null);
          if (intervalMinutes !== null) add.mutate({ url, intervalMinutes });
        }}
      >
        <label className="stack">
          Feed or sitemap URL
          <input type="url" value={url} onChange={(e) => setUrl(e.target.value)} placeholder="https://…/rss.xml" required />
        </label>
        <label className="stack">
          Poll every
          <input value={every} onChange={(e) => setEvery(e.target.value)} placeholder="15m" />
        </label>
        {intervalError ? <p className="error">{intervalError}</p> : null}
        <button type="submit" disabled={add.isPending}>
          Add source
        </button>
        <ErrorNote error={add.error} />
      </form>
      <p className="meta">
        RSS and Atom feeds, news sitemaps and sitemap indexes. Each poll asks only for what changed (ETag, Last-Modified), honours
        robots.txt, and waits longer after each failure.
      </p>
      {sources.length === 0 ? (
        <p>No sources yet.</p>
      ) : (
        <table className="queue-table" data-testid="sources">
          <thead>
            <tr>
              <th>Source</th>
              <th>Status</th>
              <th>Every</th>
              <th>Items (24 h)</th>
              <th>Last success</th>
              <th>Next poll</th>
              <th>Last error</th>
            </tr>
          </thead>
          <tbody>
            {sources.map((s) => (
              <tr key={s.id} data-status={s.status}>
                <td>
                  {s.title ? <strong>{s.title}</strong> : null} <span className="meta">{s.url}</span>
                  {s.kind ? <span className="meta"> ({s.kind})</span> : null}
                </td>
                <td>{s.status}</td>
                <td>{s.intervalMinutes} min</td>
                <td>{s.itemsLastDay}</td>
                <td>{when(s.lastSuccessAt)}</td>
                <td>{when(s.nextPollAt)}</td>
                <td>{s.lastError ? `${s.lastError} (${s.failureCount}×)` : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
