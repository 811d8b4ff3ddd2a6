import { router } from '../../trpc';
import { articleHistoryProcedure } from './article-history';
import { getArticleProcedure } from './get-article';
import { ingestArticleProcedure } from './ingest-article';
import { ingestUrlProcedure } from './ingest-url';
import { listArticlesProcedure } from './list-articles';

export const articleRouter = router({
  list: listArticlesProcedure,
  get: getArticleProcedure,
  ingest: ingestArticleProcedure,
  ingestUrl: ingestUrlProcedure,
  history: articleHistoryProcedure,
});
