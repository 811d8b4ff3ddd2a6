import { router } from '../../trpc';
import { getArticleProcedure } from './get-article';
import { ingestArticleProcedure } from './ingest-article';
import { listArticlesProcedure } from './list-articles';

export const articleRouter = router({
  list: listArticlesProcedure,
  get: getArticleProcedure,
  ingest: ingestArticleProcedure,
});
