'use client';

import { API_SCOPES, type ApiScope } from '@claimledger/domain';
import { CheckboxGroup } from '@claimledger/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTRPC } from '../../../../trpc/client';
import { ErrorNote } from '../../error-note';

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : '—');

/** Admins create API keys (shown once), see prefixes, scopes, expiry and last use, and revoke them. */
export function KeysManager() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data: keys = [], isSuccess } = useQuery(trpc.key.list.queryOptions());
  const refresh = () => queryClient.invalidateQueries(trpc.key.pathFilter());
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<ApiScope[]>(['claims:read']);
  const [days, setDays] = useState('90');
  const create = useMutation(trpc.key.create.mutationOptions({ onSettled: refresh }));
  const revoke = useMutation(trpc.key.revoke.mutationOptions({ onSettled: refresh }));
  return (
    <div>
      <h1>API keys</h1>
      <form
        className="stack-form panel"
        aria-label="New API key"
        onSubmit={(e) => {
          e.preventDefault();
          create.mutate({ name, scopes, expiresInDays: days ? Number(days) : undefined });
        }}
      >
        <label className="stack">
          Name
          <input value={name} onChange={(e) => setName(e.target.value)} required />
        </label>
        <CheckboxGroup legend="Scopes" options={API_SCOPES} value={scopes} onChange={setScopes} />
        <label className="stack">
          Expires after (days, empty for never)
          <input type="number" min={1} value={days} onChange={(e) => setDays(e.target.value)} />
        </label>
        <button type="submit" disabled={create.isPending}>
          Create key
        </button>
        <ErrorNote error={create.error} />
      </form>
      {create.data ? (
        <div className="panel new-key" role="status">
          <p>Copy this key now: it is shown only once.</p>
          <code data-testid="new-key-token">{create.data.token}</code>
        </div>
      ) : null}
      {isSuccess && keys.length === 0 ? (
        <p className="empty-state" data-testid="api-keys-empty">
          No API keys yet. Create one above for each system that reads or writes claims (a CMS, a widget, a partner), with only
          the scopes it needs; its token is shown once.
        </p>
      ) : (
        <table className="queue-table" data-testid="api-keys">
          <thead>
            <tr>
              <th>Name</th>
              <th>Prefix</th>
              <th>Scopes</th>
              <th>Expires</th>
              <th>Last used</th>
              <th>Status</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {keys.map((k) => (
              <tr key={k.id}>
                <td>{k.name}</td>
                <td>
                  <code>clk_{k.prefix}_…</code>
                </td>
                <td>{k.scopes.join(', ')}</td>
                <td>{day(k.expiresAt)}</td>
                <td>{day(k.lastUsedAt)}</td>
                <td>
                  {k.revokedAt ? `revoked ${day(k.revokedAt)}` : k.expiresAt && k.expiresAt < new Date() ? 'expired' : 'active'}
                </td>
                <td>
                  {k.revokedAt ? null : (
                    <button type="button" onClick={() => revoke.mutate({ id: k.id })} disabled={revoke.isPending}>
                      Revoke
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ErrorNote error={revoke.error} />
      <p className="meta">
        Consumers call <code>/api/v1/…</code> with <code>Authorization: Bearer clk_…</code>; the API is described at{' '}
        <a href="/api/openapi.json">/api/openapi.json</a>.
      </p>
    </div>
  );
}
