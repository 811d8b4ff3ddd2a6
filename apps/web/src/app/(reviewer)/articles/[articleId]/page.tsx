import { prefetchOrNotFound } from '../../../../trpc/prefetch-or-not-found';
import { HydrateClient, getQueryClient, trpc } from '../../../../trpc/server';
import { ArticleView } from './article-view';

export const dynamic = 'force-dynamic';

export default async function ArticlePage({ params }: { params: Promise<{ articleId: string }> }) {
  const { articleId } = await params;
  await prefetchOrNotFound(() =>
    getQueryClient().fetchQuery({ ...trpc.article.get.queryOptions({ id: articleId }), retry: false }),
  );
  return (
    <HydrateClient>
      <ArticleView articleId={articleId} />
    </HydrateClient>
  );
}
