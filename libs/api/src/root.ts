import { router } from './trpc';
import { articleRouter } from './routers/article';
import { authRouter } from './routers/auth';
import { claimRouter } from './routers/claim';
import { reviewRouter } from './routers/review';

export const appRouter = router({
  article: articleRouter,
  auth: authRouter,
  claim: claimRouter,
  review: reviewRouter,
});

export type AppRouter = typeof appRouter;
