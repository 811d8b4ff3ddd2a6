'use client';

import type { TClaim } from '@claimledger/contracts';
import { WORKFLOW_STATE_LABELS } from '@claimledger/domain';
import { HighlightedText, StateBadge, summariseClaim } from '@claimledger/ui';
import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useState } from 'react';
import { useTRPC } from '../../../../trpc/client';
import { can } from '@claimledger/domain';
import { useMe } from '../../../../hooks/use-claim-cache';
import { ExportLinks } from '../../../export-links';
import { ArticleHistory } from './article-history';
import { ClaimPanel } from './claim-panel';

export function ArticleView({ articleId }: { articleId: string }) {
  const trpc = useTRPC();
  const { data: article, error, isPending } = useQuery(trpc.article.get.queryOptions({ id: articleId }));
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const me = useMe();

  if (isPending) return <p>Loading…</p>;
  if (error)
    return (
      <p className="error" role="alert">
        {error.message}
      </p>
    );

  const selected = article.claims.find((c) => c.id === selectedId) ?? null;
  return (
    <div className="article-layout">
      <article>
        <h1 data-testid="article-title">{article.title}</h1>
        <p className="meta">
          {article.publisher ?? 'Unknown publisher'}
          {article.publishedAt ? ` · ${article.publishedAt.toISOString().slice(0, 10)}` : ''}
          {article.url ? (
            <>
              {' · '}
              <a href={article.url} rel="noreferrer noopener" target="_blank">
                source
              </a>
            </>
          ) : null}
        </p>
        <p className="meta">
          <Link href={`/claims?article=${article.id}`}>Review queue for this article</Link>
        </p>
        {me && can(me.role, 'report:export') ? <ExportLinks scope={{ articleId: article.id }} canBeLarge /> : null}
        <HighlightedText text={article.text} claims={article.claims} selectedId={selectedId} onSelect={setSelectedId} />
        <ArticleHistory articleId={article.id} />
      </article>
      <aside>
        {selected ? (
          <ClaimPanel key={selected.id} claim={selected} />
        ) : article.claims.length === 0 ? (
          <div className="empty-state" data-testid="no-claims">
            <p>
              No checkable claim was found in this article. Claims are sentences with figures, comparisons or statements
              attributed to someone; this text has none, so there is nothing here to review.
            </p>
            <p>
              {me && can(me.role, 'article:ingest') ? (
                <>
                  <Link href="/articles/new">Add another article</Link> or go back to{' '}
                </>
              ) : (
                'Go back to '
              )}
              <Link href="/claims">the review queue</Link>.
            </p>
          </div>
        ) : (
          <p className="hint">Select a highlighted claim to see its details.</p>
        )}
        <h2>{article.claims.length === 1 ? '1 claim' : `${article.claims.length} claims`}</h2>
        <ol className="claim-index" data-testid="claim-index">
          {article.claims.map((c: TClaim) => (
            <li key={c.id}>
              <button type="button" className={c.id === selectedId ? 'selected' : ''} onClick={() => setSelectedId(c.id)}>
                <span className="kind">{c.kinds.join(' · ')}</span> {c.text.length > 70 ? `${c.text.slice(0, 69)}…` : c.text}
                {summariseClaim(c) ? <span className="summary"> — {summariseClaim(c)}</span> : null}
              </button>
              <StateBadge state={c.state} label={WORKFLOW_STATE_LABELS[c.state]} />
            </li>
          ))}
        </ol>
      </aside>
    </div>
  );
}
