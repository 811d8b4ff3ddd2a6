import { z } from 'zod';
import { ZWorkflowState } from './claim';

/** Dashboard figures over a bounded window (the last `days` days), so no query scans every claim. */
export const ZDashboardInput = z.object({ days: z.number().int().min(1).max(366).default(90) });
export type TDashboardInput = z.input<typeof ZDashboardInput>;

const count = z.number().int().nonnegative();

export const ZDashboard = z.object({
  since: z.date(),
  days: z.number().int(),
  /** Claims ingested in the window, by workflow state. */
  claimsByState: z.array(z.object({ state: ZWorkflowState, count })),
  /** Reviews written in the window, by reviewer: submitted, approved, sent back. */
  reviewers: z.array(z.object({ name: z.string(), submitted: count, approved: count, sentBack: count })),
  /** Hours from ingest to the published verdict, for verdicts published in the window. */
  timeToVerdict: z.object({ published: count, medianHours: z.number().nullable(), p90Hours: z.number().nullable() }),
  /** Published verdicts by month and label, per outlet and per speaker (the busiest ten of each). */
  verdictsByOutlet: z.array(z.object({ month: z.string(), group: z.string(), verdict: z.string(), colour: z.string(), count })),
  verdictsBySpeaker: z.array(z.object({ month: z.string(), group: z.string(), verdict: z.string(), colour: z.string(), count })),
  /** Checked claims said again: claim groups with more than one claim, one of them published. */
  repeats: z.array(z.object({ groupId: z.string(), text: z.string(), claims: count, lastSeen: z.date() })),
});
export type TDashboard = z.infer<typeof ZDashboard>;
export type TVerdictSeriesRow = TDashboard['verdictsByOutlet'][number];
