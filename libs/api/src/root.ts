import { router } from './trpc';
import { articleRouter } from './routers/article';
import { authRouter } from './routers/auth';
import { citationRouter } from './routers/citation';
import { claimRouter } from './routers/claim';
import { commentRouter } from './routers/comment';
import { dashboardRouter } from './routers/dashboard';
import { exportRouter } from './routers/export';
import { inboxRouter } from './routers/inbox';
import { jobRouter } from './routers/job';
import { keyRouter } from './routers/key';
import { reviewRouter } from './routers/review';
import { scaleRouter } from './routers/scale';
import { sourceRouter } from './routers/source';
import { trackingRouter } from './routers/tracking';
import { v1Router } from './routers/v1';
import { webhookRouter } from './routers/webhook';

export const appRouter = router({
  article: articleRouter,
  auth: authRouter,
  citation: citationRouter,
  claim: claimRouter,
  comment: commentRouter,
  dashboard: dashboardRouter,
  export: exportRouter,
  inbox: inboxRouter,
  job: jobRouter,
  key: keyRouter,
  review: reviewRouter,
  scale: scaleRouter,
  source: sourceRouter,
  tracking: trackingRouter,
  v1: v1Router,
  webhook: webhookRouter,
});

export type AppRouter = typeof appRouter;
