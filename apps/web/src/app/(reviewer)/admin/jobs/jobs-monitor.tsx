'use client';

import { JOB_STATES, ZJobName, type TJobFailure } from '@claimledger/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../../../trpc/client';
import { ErrorNote } from '../../error-note';

const when = (d: Date | null) => (d ? d.toISOString().replace('T', ' ').slice(0, 19) : '—');

/** Admins watch the background jobs: how many are in each state, and what failed and why. */
export function JobsMonitor() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data } = useQuery({ ...trpc.job.overview.queryOptions(), refetchInterval: 5_000 });
  const settle = { onSettled: () => queryClient.invalidateQueries(trpc.job.pathFilter()) };
  const retry = useMutation(trpc.job.retry.mutationOptions(settle));
  const cancel = useMutation(trpc.job.cancel.mutationOptions(settle));
  const counts = data?.counts ?? [];
  const failures = data?.failures ?? [];
  const open = data?.open ?? [];

  const retryButton = (job: TJobFailure) => {
    const name = ZJobName.safeParse(job.name);
    if (!name.success) return null;
    return (
      <button type="button" onClick={() => retry.mutate({ name: name.data, id: job.id })} disabled={retry.isPending}>
        Retry
      </button>
    );
  };

  return (
    <div>
      <h1>Jobs</h1>
      <p className="meta">
        Background work runs as jobs on the database: ingest, feed polling, citation archiving and webhook delivery. A failing job
        is retried with growing waits, then fails for good and is copied to the dead-letter queue. Jobs are kept for a week after
        they end.
      </p>
      <table className="queue-table" data-testid="job-counts">
        <caption>Jobs by kind and state</caption>
        <thead>
          <tr>
            <th scope="col">Kind</th>
            {JOB_STATES.map((state) => (
              <th scope="col" key={state}>
                {state}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {counts.map((row) => (
            <tr key={row.name}>
              <th scope="row">{row.name}</th>
              {JOB_STATES.map((state) => (
                <td key={state}>{row[state]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>

      <h2>Failures</h2>
      <ErrorNote error={retry.error ?? cancel.error} />
      {failures.length === 0 ? (
        <p>No failed or cancelled jobs.</p>
      ) : (
        <table className="queue-table" data-testid="job-failures">
          <thead>
            <tr>
              <th scope="col">Kind</th>
              <th scope="col">State</th>
              <th scope="col">Reason</th>
              <th scope="col">Attempts</th>
              <th scope="col">Ended</th>
              <th scope="col">Data</th>
              <th scope="col">Action</th>
            </tr>
          </thead>
          <tbody>
            {failures.map((job) => (
              <tr key={job.id} data-state={job.state}>
                <td>{job.name}</td>
                <td>{job.state}</td>
                <td>{job.reason}</td>
                <td>{job.attempts}</td>
                <td>{when(job.endedAt)}</td>
                <td>
                  <code className="meta">{job.data}</code>
                </td>
                <td>{retryButton(job)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>Waiting and running</h2>
      {open.length === 0 ? (
        <p>No job is waiting or running.</p>
      ) : (
        <table className="queue-table" data-testid="job-open">
          <thead>
            <tr>
              <th scope="col">Kind</th>
              <th scope="col">State</th>
              <th scope="col">Attempt</th>
              <th scope="col">Created</th>
              <th scope="col">Data</th>
              <th scope="col">Action</th>
            </tr>
          </thead>
          <tbody>
            {open.map((job) => {
              const name = ZJobName.safeParse(job.name);
              return (
                <tr key={job.id} data-state={job.state}>
                  <td>{job.name}</td>
                  <td>{job.state}</td>
                  <td>{job.attempts}</td>
                  <td>{when(job.createdAt)}</td>
                  <td>
                    <code className="meta">{job.data}</code>
                  </td>
                  <td>
                    {name.success ? (
                      <button
                        type="button"
                        onClick={() => cancel.mutate({ name: name.data, id: job.id })}
                        disabled={cancel.isPending}
                      >
                        Cancel
                      </button>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </div>
  );
}
