import type { TExportFormat } from '@claimledger/contracts';

export const EXPORT_LABELS: Record<TExportFormat, string> = {
  claimreview: 'ClaimReview',
  markdown: 'Markdown',
  pdf: 'PDF',
  csv: 'CSV',
};
