export { ingestArticle } from './article/ingest-article';
export { getArticle, listArticles } from './article/read-articles';
export { cleanHtml } from './article/clean-html';
export { getClaim, moveClaimState } from './claim/move-claim-state';
export type { Actor } from '@claimledger/domain';
export { seedDemoData } from './demo/seed-demo';
export { DEMO_ARTICLES } from './demo/demo-articles';
export type { DbClient as ServiceDb } from '@claimledger/db';
export { approveReview, listClaimReviews, listVerdictLabels, sendBackReview, submitReview } from './review/reviews';
