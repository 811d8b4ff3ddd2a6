'use client';

import { useSuspenseQuery } from '@tanstack/react-query';
import Link from 'next/link';
import type { TArticleListInput } from '@claimledger/contracts';
import { can } from '@claimledger/domain';
import { useMe } from '../../../hooks/use-claim-cache';
import { useTRPC } from '../../../trpc/client';
import { ARTICLES_PAGE } from './article-list-input';

const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' });
export function ArticleList({ input }: { input: TArticleListInput }) {
  const trpc = useTRPC();
  const { data: articles } = useSuspenseQuery(trpc.article.list.queryOptions(input));
  const me = useMe();
  if (articles.length === 0 && (input.q || input.after)) {
    return (
      <p className="empty-state" data-testid="article-list-empty">
        {input.after ? 'No older articles.' : 'No article matches this search.'}{' '}
        <Link href="/articles">Show the newest articles</Link>
      </p>
    );
  }
  if (articles.length === 0) {
    return me && can(me.role, 'article:ingest') ? (
      <p className="empty-state">
        No articles yet. <Link href="/articles/new">Add one</Link> or run <code>npx claimledger ingest FILE</code> (
        <code>npx claimledger demo</code> loads the demo articles).
      </p>
    ) : (
      <p className="empty-state">No articles yet. A reviewer or editor adds them; they will appear here.</p>
    );
  }
  const last = articles.at(-1);
  const next = new URLSearchParams({ ...(input.q ? { q: input.q } : {}), ...(last ? { after: last.id } : {}) });
  return (
    <>
      <ul className="article-list" data-testid="article-list">
        {articles.map((a) => (
          <li key={a.id}>
            <Link href={`/articles/${a.id}`} className="article-title">
              {a.title}
            </Link>
            <div className="meta">
              {a.publisher ?? 'Unknown publisher'} · {a.publishedAt ? dateFormat.format(a.publishedAt) : 'no date'} ·{' '}
              <span data-testid="claim-count">{a.claimCount} claims</span>
            </div>
          </li>
        ))}
      </ul>
      {articles.length === (input.limit ?? ARTICLES_PAGE) ? (
        <p>
          <Link href={`/articles?${next.toString()}`} rel="next">
            Older articles
          </Link>
        </p>
      ) : null}
    </>
  );
}
