import { router } from './trpc';
import { articleRouter } from './routers/article';
import { authRouter } from './routers/auth';
import { claimRouter } from './routers/claim';

export const appRouter = router({
  article: articleRouter,
  auth: authRouter,
  claim: claimRouter,
});

export type AppRouter = typeof appRouter;
