'use client';

import type { TClaimDetail, TClaimFields } from '@claimledger/contracts';
import { CLAIM_KINDS, VALUE_BOUNDS } from '@claimledger/domain';
import { CheckboxGroup, ClaimDetails } from '@claimledger/ui';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useInvalidateClaims, useMe } from '../../../../hooks/use-claim-cache';
import { useTRPC } from '../../../../trpc/client';
import { ErrorNote } from '../../error-note';
import { mayWorkOn } from './claim-open';

type Draft = Record<
  'value' | 'low' | 'high' | 'unit' | 'counted' | 'place' | 'speaker' | 'timeStart' | 'timeEnd' | 'bound',
  string
> & {
  kinds: TClaimDetail['kinds'];
  hedged: boolean;
  isQuote: boolean;
};

const text = (v: string | number | null) => (v === null ? '' : String(v));
const toDraft = (c: TClaimDetail): Draft => ({
  value: text(c.value),
  low: text(c.low),
  high: text(c.high),
  unit: text(c.unit),
  counted: text(c.counted),
  place: text(c.place),
  speaker: text(c.speaker),
  timeStart: text(c.timeStart),
  timeEnd: text(c.timeEnd),
  bound: text(c.bound),
  kinds: c.kinds,
  hedged: c.hedged,
  isQuote: c.isQuote,
});

const num = (s: string) => (s.trim() === '' ? null : Number(s));
const str = (s: string) => (s.trim() === '' ? null : s.trim());

/** The draft as claim fields: blank means "none". */
function toFields(d: Draft): TClaimFields {
  return {
    value: num(d.value),
    low: num(d.low),
    high: num(d.high),
    unit: str(d.unit),
    counted: str(d.counted),
    place: str(d.place),
    speaker: str(d.speaker),
    timeStart: str(d.timeStart),
    timeEnd: str(d.timeEnd),
    bound: (str(d.bound) as TClaimFields['bound']) ?? null,
    kinds: d.kinds,
    hedged: d.hedged,
    isQuote: d.isQuote,
  };
}

/** The structured fields; reviewers correct what extraction got wrong (audited, version-checked). */
export function FieldsForm({ claim }: { claim: TClaimDetail }) {
  const trpc = useTRPC();
  const me = useMe();
  const refresh = useInvalidateClaims();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState<Draft>(() => toDraft(claim));
  const save = useMutation(trpc.claim.updateFields.mutationOptions({ onSuccess: () => setEditing(false), onSettled: refresh }));
  const editable = mayWorkOn(me, claim) && claim.state !== 'approved';

  if (!editing) {
    return (
      <section className="panel" aria-label="Structured fields">
        <h2>Structured fields</h2>
        <ClaimDetails claim={claim} />
        {editable ? (
          <button
            type="button"
            onClick={() => {
              setDraft(toDraft(claim));
              save.reset();
              setEditing(true);
            }}
          >
            Edit fields
          </button>
        ) : null}
      </section>
    );
  }
  const input = (name: Exclude<keyof Draft, 'kinds' | 'hedged' | 'isQuote'>, label: string, type = 'text') => (
    <label className="stack">
      {label}
      <input type={type} step="any" value={draft[name]} onChange={(e) => setDraft({ ...draft, [name]: e.target.value })} />
    </label>
  );
  return (
    <section className="panel" aria-label="Structured fields">
      <h2>Structured fields</h2>
      <form
        className="fields-form"
        aria-label="Edit fields"
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate({ id: claim.id, expectedVersion: claim.version, fields: toFields(draft) });
        }}
      >
        <CheckboxGroup
          legend="Kinds"
          options={CLAIM_KINDS}
          value={draft.kinds}
          onChange={(kinds) => setDraft({ ...draft, kinds })}
        />
        {input('speaker', 'Speaker')}
        {input('value', 'Value', 'number')}
        {input('low', 'Low', 'number')}
        {input('high', 'High', 'number')}
        <label className="stack">
          Bound
          <select value={draft.bound} onChange={(e) => setDraft({ ...draft, bound: e.target.value })}>
            <option value="">none</option>
            {VALUE_BOUNDS.map((b) => (
              <option key={b} value={b}>
                {b}
              </option>
            ))}
          </select>
        </label>
        {input('unit', 'Unit')}
        {input('counted', 'Counted')}
        {input('place', 'Where')}
        {input('timeStart', 'Time scope from', 'date')}
        {input('timeEnd', 'Time scope to', 'date')}
        <label>
          <input type="checkbox" checked={draft.hedged} onChange={(e) => setDraft({ ...draft, hedged: e.target.checked })} />{' '}
          Hedged
        </label>
        <label>
          <input type="checkbox" checked={draft.isQuote} onChange={(e) => setDraft({ ...draft, isQuote: e.target.checked })} />{' '}
          Direct quote
        </label>
        <div className="actions">
          <button type="submit" disabled={save.isPending}>
            Save fields
          </button>
          <button type="button" onClick={() => setEditing(false)}>
            Cancel
          </button>
        </div>
        <ErrorNote error={save.error} />
      </form>
    </section>
  );
}
