import { HydrateClient, getQueryClient, trpc } from '../../../trpc/server';
import { ArticleList } from './article-list';

export const dynamic = 'force-dynamic';

export default async function ArticlesPage() {
  await getQueryClient().prefetchQuery(trpc.article.list.queryOptions({ limit: 100 }));
  return (
    <HydrateClient>
      <h1>Articles</h1>
      <form className="search" role="search" action="/claims" method="get">
        <input type="search" name="q" aria-label="Search claims" placeholder='Words, "a phrase", a speaker or an outlet' />{' '}
        <button type="submit">Search claims</button>
      </form>
      <ArticleList />
    </HydrateClient>
  );
}
