'use client';

import type { TClaimDetail } from '@claimledger/contracts';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useHotkeys } from 'react-hotkeys-hook';
import { useInvalidateClaims } from '../../../../hooks/use-claim-cache';
import { useTRPC } from '../../../../trpc/client';
import { ErrorNote } from '../../error-note';

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

/** The reviewer's verdict on the organisation's scale, with a written rationale. Keys 1–9 pick a label. */
export function VerdictForm({ claim }: { claim: TClaimDetail }) {
  const trpc = useTRPC();
  const refresh = useInvalidateClaims();
  const { data: labels = [] } = useQuery(trpc.review.verdictLabels.queryOptions());
  const [labelId, setLabelId] = useState('');
  const [rationale, setRationale] = useState('');
  const submit = useMutation(trpc.review.submit.mutationOptions({ onSettled: refresh }));
  useHotkeys(
    DIGITS.join(','),
    (event) => {
      const label = labels[Number(event.key) - 1];
      if (label) setLabelId(label.id);
    },
    [labels],
  );

  return (
    <form
      className="verdict-form"
      aria-label="Verdict form"
      onSubmit={(e) => {
        e.preventDefault();
        submit.mutate({ claimId: claim.id, verdictLabelId: labelId, rationale, expectedVersion: claim.version });
      }}
    >
      <fieldset>
        <legend>Verdict (keys 1–{Math.min(labels.length, 9)})</legend>
        {labels.map((label, i) => (
          <label key={label.id} className="verdict-option" title={label.description}>
            <input
              type="radio"
              name="verdict"
              value={label.id}
              checked={labelId === label.id}
              onChange={() => setLabelId(label.id)}
            />
            <span className="swatch" style={{ background: label.colour }} /> {label.name}
            {i < 9 ? <kbd>{i + 1}</kbd> : null}
          </label>
        ))}
      </fieldset>
      <label className="stack">
        Rationale
        <textarea value={rationale} onChange={(e) => setRationale(e.target.value)} rows={4} required />
      </label>
      <button type="submit" disabled={submit.isPending || !labelId}>
        Submit for second review
      </button>
      <ErrorNote error={submit.error} />
    </form>
  );
}
