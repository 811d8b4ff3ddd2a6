'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTRPC } from '../../../../trpc/client';
import { ErrorNote } from '../../error-note';

/** Admin: the matching thresholds and the upload of published fact-checks (ClaimReview). */
export function MatchingSettings() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data } = useQuery(trpc.tracking.settings.queryOptions());
  const [auto, setAuto] = useState('');
  const [suggest, setSuggest] = useState('');
  useEffect(() => {
    if (data) {
      setAuto(String(data.autoThreshold));
      setSuggest(String(data.suggestThreshold));
    }
  }, [data]);
  const save = useMutation(
    trpc.tracking.updateSettings.mutationOptions({ onSettled: () => queryClient.invalidateQueries(trpc.tracking.pathFilter()) }),
  );
  const upload = useMutation(trpc.tracking.importClaimReviews.mutationOptions());
  return (
    <div className="admin">
      <h1>Claim matching</h1>
      <form
        className="stack"
        aria-label="Thresholds"
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate({ autoThreshold: Number(auto), suggestThreshold: Number(suggest) });
        }}
      >
        <label>
          Link automatically at a score of at least{' '}
          <input type="number" min="0" max="1" step="0.01" value={auto} onChange={(e) => setAuto(e.target.value)} />
        </label>
        <label>
          Suggest to a reviewer at a score of at least{' '}
          <input type="number" min="0" max="1" step="0.01" value={suggest} onChange={(e) => setSuggest(e.target.value)} />
        </label>
        <button type="submit" disabled={save.isPending}>
          Save thresholds
        </button>
        {save.isSuccess ? <p role="status">Saved.</p> : null}
      </form>
      <ErrorNote error={save.error} />

      <h2>Import published fact-checks</h2>
      <p className="hint">
        schema.org ClaimReview JSON-LD: one object, an array, a @graph, or JSON lines. Imports are idempotent on the review URL.
      </p>
      <label>
        ClaimReview file{' '}
        <input
          type="file"
          accept=".json,.jsonl,.jsonld,application/json,application/ld+json"
          onChange={async (e) => {
            const file = e.target.files?.[0];
            if (file) upload.mutate({ content: await file.text() });
          }}
        />
      </label>
      <ErrorNote error={upload.error} />
      {upload.data ? (
        <div role="status" data-testid="import-result">
          <p>
            Imported {upload.data.imported} new, updated {upload.data.updated}, refused {upload.data.refused.length}.
          </p>
          {upload.data.refused.length ? (
            <ul>
              {upload.data.refused.map((r) => (
                <li key={r.line}>
                  line {r.line}: {r.reason}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
