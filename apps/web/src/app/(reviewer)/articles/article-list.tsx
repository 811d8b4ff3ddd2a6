'use client';

import { useSuspenseQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useTRPC } from '../../../trpc/client';

const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' });

export function ArticleList() {
  const trpc = useTRPC();
  const { data: articles } = useSuspenseQuery(trpc.article.list.queryOptions({ limit: 100 }));
  if (articles.length === 0) {
    return (
      <p className="empty">
        No articles yet. <Link href="/articles/new">Add one</Link> or run <code>npx claimledger ingest FILE</code>.
      </p>
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
