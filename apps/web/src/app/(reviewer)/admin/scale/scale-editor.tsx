'use client';

import type { TVerdictLabel, TVerdictLabelFields } from '@claimledger/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTRPC } from '../../../../trpc/client';
import { ErrorNote } from '../../error-note';

type Draft = { name: string; colour: string; description: string; rating: string };
const toDraft = (l?: TVerdictLabel): Draft => ({
  name: l?.name ?? '',
  colour: l?.colour ?? '#57606a',
  description: l?.description ?? '',
  rating: String(l?.rating ?? 0),
});
const toFields = (d: Draft): TVerdictLabelFields => ({ ...d, rating: Number(d.rating) });

/** A field with its name: shown above it on phones, where the column headers are not. */
function Field({ name, children }: { name: string; children: ReactNode }) {
  return (
    <label className="scale-field">
      <span className="scale-field-name">{name}</span>
      {children}
    </label>
  );
}

/** Rows for browsers without `field-sizing: content`: enough for the text at about 40 characters a line. */
const rowsFor = (text: string) =>
  Math.max(
    2,
    text.split('\n').reduce((rows, line) => rows + Math.max(1, Math.ceil(line.length / 40)), 0),
  );

function LabelFields({ draft, onChange }: { draft: Draft; onChange(d: Draft): void }) {
  return (
    <>
      <Field name="Name">
        <input value={draft.name} onChange={(e) => onChange({ ...draft, name: e.target.value })} />
      </Field>
      <Field name="Colour">
        <input type="color" value={draft.colour} onChange={(e) => onChange({ ...draft, colour: e.target.value })} />
      </Field>
      <Field name="Description">
        <textarea
          rows={rowsFor(draft.description)}
          value={draft.description}
          onChange={(e) => onChange({ ...draft, description: e.target.value })}
        />
      </Field>
      <Field name="Rating">
        <input
          type="number"
          min={0}
          max={10}
          value={draft.rating}
          onChange={(e) => onChange({ ...draft, rating: e.target.value })}
        />
      </Field>
    </>
  );
}

function LabelRow({ label }: { label: TVerdictLabel }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(() => toDraft(label));
  const save = useMutation(
    trpc.scale.editLabel.mutationOptions({ onSettled: () => queryClient.invalidateQueries(trpc.review.pathFilter()) }),
  );
  return (
    <li>
      <form
        className="label-row"
        aria-label={`Label ${label.slug}`}
        onSubmit={(e) => (e.preventDefault(), save.mutate({ id: label.id, ...toFields(draft) }))}
      >
        <span className="scale-field">
          <span className="scale-field-name">Slug</span>
          <code>{label.slug}</code>
        </span>
        <LabelFields draft={draft} onChange={setDraft} />
        <span>
          <button type="submit" disabled={save.isPending}>
            Save
          </button>
          {save.isSuccess ? <span className="meta"> Saved</span> : null}
        </span>
      </form>
      <ErrorNote error={save.error} />
    </li>
  );
}

/** Admins edit the organisation's verdict scale: labels, colours, descriptions, ClaimReview ratings. */
export function ScaleEditor() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data: labels = [] } = useQuery(trpc.review.verdictLabels.queryOptions());
  const [slug, setSlug] = useState('');
  const [draft, setDraft] = useState(() => toDraft());
  const add = useMutation(
    trpc.scale.addLabel.mutationOptions({
      onSuccess: () => (setSlug(''), setDraft(toDraft())),
      onSettled: () => queryClient.invalidateQueries(trpc.review.pathFilter()),
    }),
  );
  return (
    <div>
      <h1>Verdict scale</h1>
      <p className="meta">Rating is the ClaimReview ratingValue: 1 (worst) to 6 (best); 0 for labels off the truth axis.</p>
      <div className="scale-head label-row" aria-hidden="true" data-testid="scale-head">
        <span>Slug</span>
        <span>Name</span>
        <span>Colour</span>
        <span>Description</span>
        <span>Rating</span>
        <span />
      </div>
      <ol className="scale" data-testid="scale">
        {labels.map((l) => (
          <LabelRow key={l.id} label={l} />
        ))}
      </ol>
      <h2>Add a label</h2>
      <form
        className="label-row"
        aria-label="New label"
        onSubmit={(e) => (e.preventDefault(), add.mutate({ slug, ...toFields(draft) }))}
      >
        <Field name="Slug">
          <input placeholder="slug" value={slug} onChange={(e) => setSlug(e.target.value)} />
        </Field>
        <LabelFields draft={draft} onChange={setDraft} />
        <button type="submit" disabled={add.isPending}>
          Add label
        </button>
      </form>
      <ErrorNote error={add.error} />
    </div>
  );
}
