import { router } from './trpc';
import { articleRouter } from './routers/article';
import { authRouter } from './routers/auth';
import { citationRouter } from './routers/citation';
import { claimRouter } from './routers/claim';
import { commentRouter } from './routers/comment';
import { reviewRouter } from './routers/review';
import { scaleRouter } from './routers/scale';

export const appRouter = router({
  article: articleRouter,
  auth: authRouter,
  citation: citationRouter,
  claim: claimRouter,
  comment: commentRouter,
  review: reviewRouter,
  scale: scaleRouter,
});

export type AppRouter = typeof appRouter;
