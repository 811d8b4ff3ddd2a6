'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { useTRPC } from '../../../../trpc/client';
import { FieldError, FormFooter, describedByError } from '../../error-note';

/** Fetch an article from its URL; headline, date and publisher come from the page. */
export function UrlForm() {
  const trpc = useTRPC();
  const router = useRouter();
  const [url, setUrl] = useState('');
  const ingest = useMutation(
    trpc.article.ingestUrl.mutationOptions({ onSuccess: ({ article }) => router.push(`/articles/${article.id}`) }),
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    ingest.mutate({ url: url.trim() });
  }

  return (
    <form className="ingest-form" onSubmit={submit} noValidate aria-label="Add from a URL">
      <label>
        Article URL{' '}
        <input
          name="articleUrl"
          type="url"
          value={url}
          onChange={(e) => setUrl(e.target.value)}
          placeholder="https://…"
          required
          {...describedByError(ingest.error, 'url', 'article-url-error')}
        />
      </label>
      <FieldError error={ingest.error} field="url" id="article-url-error" />
      <FormFooter
        error={ingest.error}
        isPending={ingest.isPending}
        label="Fetch and extract claims"
        pendingLabel="Fetching and extracting…"
      />
    </form>
  );
}
