'use client';

import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../../../trpc/client';

const when = (d: Date) => d.toISOString().replace('T', ' ').slice(0, 16);

/** The article's versions (when a re-fetch found changed text), the changes, and claims that left the text. */
export function ArticleHistory({ articleId }: { articleId: string }) {
  const trpc = useTRPC();
  const { data } = useQuery(trpc.article.history.queryOptions({ id: articleId }));
  if (!data || data.versions.length < 2) return null;
  return (
    <section className="panel article-history" aria-label="Versions" data-testid="article-versions">
      <h2>{data.versions.length} versions</h2>
      {data.versions
        .slice(1)
        .reverse()
        .map((v) => (
          <details key={v.version} open={v.version === data.versions.at(-1)?.version}>
            <summary>
              Version {v.version} · {when(v.createdAt)}
            </summary>
            <p className="diff" data-testid={`diff-${v.version}`}>
              {v.changes.map((c, i) =>
                c.kind === 'added' ? (
                  <ins key={i}>{c.text}</ins>
                ) : c.kind === 'removed' ? (
                  <del key={i}>{c.text}</del>
                ) : (
                  <span key={i}>{c.text.length > 240 ? `${c.text.slice(0, 110)} … ${c.text.slice(-110)}` : c.text}</span>
                ),
              )}
            </p>
          </details>
        ))}
      {data.removedClaims.length > 0 ? (
        <>
          <h3>Removed from the article</h3>
          <ul data-testid="removed-claims">
            {data.removedClaims.map((c) => (
              <li key={c.id}>
                <del>{c.text}</del>{' '}
                <span className="meta">
                  (gone in version {c.removedInVersion}; was {c.state.replace('_', ' ')})
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
