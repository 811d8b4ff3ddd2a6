'use client';

import { HighlightedText } from '@claimledger/ui';
import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useHotkeys } from 'react-hotkeys-hook';
import { useTRPC } from '../../../../trpc/client';
import { ActivityPanel } from './activity-panel';
import { CitationsPanel } from './citations-panel';
import { ClaimHeader } from './claim-header';
import { FieldsForm } from './fields-form';
import { ReviewPanel } from './review-panel';
import { TrackingPanel } from './tracking-panel';

/** The review workbench: the article with the claim in context, its fields, evidence, verdict and history. */
export function Workbench({ claimId }: { claimId: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const { data: claim, error } = useQuery(trpc.claim.get.queryOptions({ id: claimId }));
  const { data: article } = useQuery({
    ...trpc.article.get.queryOptions({ id: claim?.articleId ?? '' }),
    enabled: Boolean(claim),
  });

  const siblings = article?.claims ?? [];
  const index = siblings.findIndex((c) => c.id === claimId);
  const go = (step: number) => {
    const next = siblings[index + step];
    if (next) router.push(`/claims/${next.id}`);
  };
  useHotkeys('j', () => go(1), [index, siblings]);
  useHotkeys('k', () => go(-1), [index, siblings]);
  useHotkeys('u', () => router.push('/claims'));

  if (error)
    return (
      <p className="error" role="alert">
        {error.message}
      </p>
    );
  if (!claim) return <p>Loading…</p>;
  return (
    <div className="workbench">
      <section className="workbench-article" aria-label="Article">
        <p className="meta">
          <Link href="/claims">← Queue</Link> · <Link href={`/articles/${claim.articleId}`}>{claim.articleTitle}</Link>
          {siblings.length > 0 ? ` · claim ${index + 1} of ${siblings.length} (j / k)` : ''}
        </p>
        {article ? (
          <HighlightedText
            text={article.text}
            claims={article.claims}
            selectedId={claim.id}
            onSelect={(id) => router.push(`/claims/${id}`)}
            scrollToSelected
          />
        ) : (
          <blockquote className="claim-text">{claim.sentence}</blockquote>
        )}
      </section>
      <aside className="workbench-panels">
        <ClaimHeader claim={claim} />
        <TrackingPanel claim={claim} />
        <ReviewPanel claim={claim} />
        <CitationsPanel claim={claim} />
        <FieldsForm claim={claim} />
        <ActivityPanel claimId={claim.id} />
      </aside>
    </div>
  );
}
