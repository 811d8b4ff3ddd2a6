'use client';

import { useSuspenseQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { can } from '@claimledger/domain';
import { useMe } from '../../../hooks/use-claim-cache';
import { useTRPC } from '../../../trpc/client';

const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' });

export function ArticleList() {
  const trpc = useTRPC();
  const { data: articles } = useSuspenseQuery(trpc.article.list.queryOptions({ limit: 100 }));
  const me = useMe();
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
  return (
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
  );
}
