export { renderReport, REPORT_TYPES } from './render-report';
export { claimReviewProblems, toClaimReview } from './claimreview/claim-review';
export type { ClaimReview } from './claimreview/claim-review';
export { CLAIM_REVIEW_SCHEMA } from './claimreview/claim-review-schema';
export { CSV_COLUMNS, csvRecord, defuseCell } from './csv';
export { escapeMarkdown } from './markdown';
export { describePublicUrl, reportOptions, resolvePublicUrl, reviewUrl } from './report-options';
export type { ReportOptions } from './report-options';
