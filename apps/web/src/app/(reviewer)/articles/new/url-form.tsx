'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { useTRPC } from '../../../../trpc/client';

/** Fetch an article from its URL; headline, date and publisher come from the page. */
export function UrlForm() {
  const trpc = useTRPC();
  const router = useRouter();
  const [url, setUrl] = useState('');
  const ingest = useMutation(
    trpc.article.ingestUrl.mutationOptions({ onSuccess: ({ article }) => router.push(`/articles/${article.id}`) }),
  );
  const fieldErrors = (ingest.error?.data as { fieldErrors?: Record<string, string[]> } | undefined)?.fieldErrors ?? {};

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
        />
      </label>
      {fieldErrors['url'] ? <p className="error">{fieldErrors['url'].join(' ')}</p> : null}
      {ingest.error && !Object.keys(fieldErrors).length ? (
        <p className="error" role="alert">
          {ingest.error.message}
        </p>
      ) : null}
      <button type="submit" disabled={ingest.isPending}>
        {ingest.isPending ? 'Fetching and extracting…' : 'Fetch and extract claims'}
      </button>
    </form>
  );
}
