import { router } from './trpc';
import { articleRouter } from './routers/article';
import { claimRouter } from './routers/claim';

export const appRouter = router({
  article: articleRouter,
  claim: claimRouter,
});

export type AppRouter = typeof appRouter;
