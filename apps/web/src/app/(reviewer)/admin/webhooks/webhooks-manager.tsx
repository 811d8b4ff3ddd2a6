'use client';

import { WEBHOOK_EVENTS, type TWebhookEvent } from '@claimledger/contracts';
import { CheckboxGroup } from '@claimledger/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTRPC } from '../../../../trpc/client';
import { ErrorNote } from '../../error-note';

/** New webhooks hear of claims; inbox notices (with comment text) only when ticked. */
const DEFAULT_EVENTS = WEBHOOK_EVENTS.filter((e) => e !== 'inbox.item');

const when = (d: Date | null) => (d ? d.toISOString().replace('T', ' ').slice(0, 19) : '—');

/** Admins register receivers and see each delivery with its attempts and last response. */
export function WebhooksManager() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data: hooks = [], isSuccess } = useQuery({ ...trpc.webhook.list.queryOptions(), refetchInterval: 3_000 });
  const refresh = () => queryClient.invalidateQueries(trpc.webhook.pathFilter());
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState<TWebhookEvent[]>(DEFAULT_EVENTS);
  const create = useMutation(trpc.webhook.create.mutationOptions({ onSuccess: () => setUrl(''), onSettled: refresh }));
  const deactivate = useMutation(trpc.webhook.deactivate.mutationOptions({ onSettled: refresh }));
  return (
    <div>
      <h1>Webhooks</h1>
      <form
        className="stack-form panel"
        aria-label="New webhook"
        onSubmit={(e) => {
          e.preventDefault();
          create.mutate({ url, events });
        }}
      >
        <label className="stack">
          Receiver URL
          <input type="url" value={url} onChange={(e) => setUrl(e.target.value)} required />
        </label>
        <CheckboxGroup legend="Events" options={WEBHOOK_EVENTS} value={events} onChange={setEvents} />
        <p className="meta">
          <code>inbox.item</code>: one POST per person for each new item in their inbox (assigned, sent back, awaiting approval,
          @mention, repeat of a claim they checked), with its note: for chat or e-mail notifications.
        </p>
        <button type="submit" disabled={create.isPending}>
          Register webhook
        </button>
        <ErrorNote error={create.error} />
      </form>
      <p className="meta">
        Each delivery is a POST with a JSON body and the header <code>ClaimLedger-Signature: t=…,v1=…</code>, the hex HMAC-SHA256
        of <code>t + &quot;.&quot; + body</code> with the webhook&apos;s secret. Failed deliveries are retried with backoff (10 s,
        20 s, 40 s … up to 8 attempts).
      </p>
      {isSuccess && hooks.length === 0 ? (
        <p className="empty-state" data-testid="webhooks-empty">
          No webhooks yet. Register a receiver URL above to be told when a review is published, a verdict is corrected or a claim
          is repeated; each delivery and its attempts will be listed here.
        </p>
      ) : null}
      {hooks.map((hook) => (
        <section key={hook.id} className="panel" aria-label={`Webhook ${hook.url}`} data-testid="webhook">
          <header className="panel-head">
            <h2>{hook.url}</h2>
            <span className="meta">{hook.active ? 'active' : 'off'}</span>
          </header>
          <p className="meta">
            Events: {hook.events.join(', ')} · secret <code>{hook.secret}</code>
          </p>
          {hook.active ? (
            <button type="button" onClick={() => deactivate.mutate({ id: hook.id })}>
              Switch off
            </button>
          ) : null}
          <table className="queue-table" data-testid="deliveries">
            <thead>
              <tr>
                <th>Event</th>
                <th>Status</th>
                <th>Attempts</th>
                <th>Last response</th>
                <th>Next attempt</th>
                <th>Created</th>
              </tr>
            </thead>
            <tbody>
              {hook.deliveries.map((d) => (
                <tr key={d.id}>
                  <td>{d.event}</td>
                  <td>{d.status}</td>
                  <td>{d.attempts}</td>
                  <td>{d.lastStatusCode ? `${d.lastStatusCode} ${d.lastResponse ?? ''}` : (d.lastError ?? '—')}</td>
                  <td>{d.status === 'pending' ? when(d.nextAttemptAt) : '—'}</td>
                  <td>{when(d.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
      <ErrorNote error={deactivate.error} />
    </div>
  );
}
