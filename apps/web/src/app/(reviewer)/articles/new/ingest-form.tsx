'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { useTRPC } from '../../../../trpc/client';
import { FieldError, FormFooter, describedByError } from '../../error-note';

const optional = (value: FormDataEntryValue | null) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

/** Paste article text or HTML; claims are extracted on save. */
export function IngestForm() {
  const trpc = useTRPC();
  const router = useRouter();
  const [format, setFormat] = useState<'text' | 'html'>('text');
  const ingest = useMutation(
    trpc.article.ingest.mutationOptions({ onSuccess: ({ article }) => router.push(`/articles/${article.id}`) }),
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    ingest.mutate({
      body: String(form.get('body') ?? ''),
      format,
      source: format,
      title: optional(form.get('title')),
      url: optional(form.get('url')),
      publisher: optional(form.get('publisher')),
      publishedAt: optional(form.get('publishedAt')),
    });
  }

  return (
    <form className="ingest-form" onSubmit={submit} noValidate>
      <label>
        Title <input name="title" placeholder="From the text if empty" />
      </label>
      <label>
        URL <input name="url" type="url" placeholder="https://…" {...describedByError(ingest.error, 'url', 'ingest-url-error')} />
      </label>
      <FieldError error={ingest.error} field="url" id="ingest-url-error" />
      <label>
        Publisher <input name="publisher" />
      </label>
      <label>
        Published on <input name="publishedAt" type="date" />
      </label>
      <fieldset>
        <legend>Format</legend>
        <label>
          <input type="radio" name="format" checked={format === 'text'} onChange={() => setFormat('text')} /> Plain text
        </label>
        <label>
          <input type="radio" name="format" checked={format === 'html'} onChange={() => setFormat('html')} /> HTML
        </label>
      </fieldset>
      <label>
        Article <textarea name="body" rows={16} required {...describedByError(ingest.error, 'body', 'ingest-body-error')} />
      </label>
      <FieldError error={ingest.error} field="body" id="ingest-body-error" />
      <FormFooter
        error={ingest.error}
        isPending={ingest.isPending}
        label="Save and extract claims"
        pendingLabel="Extracting claims…"
      />
    </form>
  );
}
