import type { SearchParams } from '../../search-params';
import { HydrateClient, getQueryClient, trpc } from '../../../trpc/server';
import { ArticleList } from './article-list';
import { articleListInput } from './article-list-input';

export const dynamic = 'force-dynamic';

export default async function ArticlesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const input = articleListInput(await searchParams);
  await getQueryClient().prefetchQuery(trpc.article.list.queryOptions(input));
  return (
    <HydrateClient>
      <h1>Articles</h1>
      <form className="search" role="search" action="/articles" method="get">
        <input
          type="search"
          name="q"
          defaultValue={input.q ?? ''}
          aria-label="Search articles"
          placeholder="Words of the headline, the address or the outlet"
        />{' '}
        <button type="submit">Search articles</button>
      </form>
      <form className="search" role="search" action="/claims" method="get">
        <input type="search" name="q" aria-label="Search claims" placeholder='Words, "a phrase", a speaker or an outlet' />{' '}
        <button type="submit">Search claims</button>
      </form>
      <ArticleList input={input} />
    </HydrateClient>
  );
}
