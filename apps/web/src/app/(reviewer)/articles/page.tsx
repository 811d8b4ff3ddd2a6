import { HydrateClient, getQueryClient, trpc } from '../../../trpc/server';
import { ArticleList } from './article-list';

export const dynamic = 'force-dynamic';

export default async function ArticlesPage() {
  await getQueryClient().prefetchQuery(trpc.article.list.queryOptions({ limit: 100 }));
  return (
    <HydrateClient>
      <h1>Articles</h1>
      <ArticleList />
    </HydrateClient>
  );
}
