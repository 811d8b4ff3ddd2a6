'use client';

import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTRPC } from '../../../../trpc/client';

/** The archived source as plain text (never HTML), with the cited quote marked. */
export function ArchivedCopyView({ citationId }: { citationId: string }) {
  const trpc = useTRPC();
  const { data: copy, error } = useQuery(trpc.citation.archivedCopy.queryOptions({ id: citationId }));
  const mark = useRef<HTMLElement>(null);
  useEffect(() => {
    // Block body: recent Chromium returns a promise from scrollIntoView, which React would
    // take for a cleanup function.
    mark.current?.scrollIntoView({ block: 'center' });
  }, [copy]);
  if (error)
    return (
      <p className="error" role="alert">
        {error.message}
      </p>
    );
  if (!copy) return <p>Loading…</p>;
  const { text, quote } = copy;
  return (
    <article>
      <h1>Archived copy</h1>
      <p className="meta">
        <a href={copy.sourceUrl} rel="noreferrer noopener nofollow" target="_blank">
          {copy.sourceUrl}
        </a>{' '}
        · archived {copy.archivedAt.toISOString().replace('T', ' ').slice(0, 19)} UTC · sha256 {copy.hash}
      </p>
      {quote ? null : <p className="error">The cited quote does not appear in this copy.</p>}
      <div className="article-text" data-testid="archived-text">
        {quote ? (
          <>
            {text.slice(0, quote.start)}
            <mark ref={mark} className="claim-mark selected">
              {text.slice(quote.start, quote.end)}
            </mark>
            {text.slice(quote.end)}
          </>
        ) : (
          text
        )}
      </div>
    </article>
  );
}
