import { z } from 'zod';
import { ZClaimKind, ZWorkflowState } from './claim';
import { ZId } from './common';
import { ZStance } from './citation';

export const EXPORT_FORMATS = ['claimreview', 'markdown', 'pdf', 'csv'] as const;
export const ZExportFormat = z.enum(EXPORT_FORMATS);
export type TExportFormat = z.infer<typeof ZExportFormat>;

/** Which claims a report covers: one claim, one article, or a filtered list. */
export const ZExportFilter = z.object({
  claimId: ZId.optional(),
  articleId: ZId.optional(),
  /** Every appearance of one tracked claim. */
  groupId: ZId.optional(),
  state: ZWorkflowState.optional(),
  kind: ZClaimKind.optional(),
  minCheckworthiness: z.number().min(0).max(1).optional(),
});
export type TExportFilter = z.infer<typeof ZExportFilter>;

export const ZExportRequest = ZExportFilter.extend({ format: ZExportFormat });
export type TExportRequest = z.infer<typeof ZExportRequest>;

/** Everything a report says about one claim: the claim, its article, published review and evidence. */
export const ZReportClaim = z.object({
  id: ZId,
  text: z.string(),
  sentence: z.string(),
  kinds: z.array(ZClaimKind),
  value: z.number().nullable(),
  unit: z.string().nullable(),
  speaker: z.string().nullable(),
  timeStart: z.string().nullable(),
  timeEnd: z.string().nullable(),
  state: ZWorkflowState,
  checkworthiness: z.number(),
  article: z.object({
    id: ZId,
    title: z.string(),
    url: z.string().nullable(),
    publisher: z.string().nullable(),
    publishedAt: z.date().nullable(),
  }),
  verdict: z
    .object({
      name: z.string(),
      slug: z.string(),
      rating: z.number().int(),
      colour: z.string(),
      bestRating: z.number().int(),
      worstRating: z.number().int(),
    })
    .nullable(),
  review: z
    .object({ rationale: z.string(), reviewer: z.string(), approver: z.string().nullable(), decidedAt: z.date().nullable() })
    .nullable(),
  citations: z.array(
    z.object({
      id: ZId,
      sourceUrl: z.string(),
      title: z.string().nullable(),
      publisher: z.string().nullable(),
      stance: ZStance,
      quote: z.string(),
      accessedAt: z.date(),
      archivedAt: z.date().nullable(),
      archiveHash: z.string().nullable(),
    }),
  ),
});
export type TReportClaim = z.infer<typeof ZReportClaim>;
