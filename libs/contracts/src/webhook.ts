import { z } from 'zod';
import { ZId } from './common';
import { ZInboxKind } from './inbox';

/** inbox.item: a new item in someone's inbox (assigned, sent back, awaiting approval, @mention, repeat). */
export const WEBHOOK_EVENTS = ['claim.published', 'verdict.corrected', 'claim.repeated', 'inbox.item'] as const;
export const ZWebhookEvent = z.enum(WEBHOOK_EVENTS);
export type TWebhookEvent = z.infer<typeof ZWebhookEvent>;

export const ZCreateWebhookInput = z.object({
  url: z.url({ protocol: /^https?$/, error: 'the webhook URL must be http(s)' }).max(2_000),
  events: z.array(ZWebhookEvent).min(1, 'choose at least one event'),
});
export type TCreateWebhookInput = z.infer<typeof ZCreateWebhookInput>;

export const ZWebhookDelivery = z.object({
  id: ZId,
  event: ZWebhookEvent,
  status: z.enum(['pending', 'delivered', 'failed']),
  attempts: z.number().int(),
  nextAttemptAt: z.date(),
  lastStatusCode: z.number().int().nullable(),
  lastResponse: z.string().nullable(),
  lastError: z.string().nullable(),
  deliveredAt: z.date().nullable(),
  createdAt: z.date(),
});
export type TWebhookDelivery = z.infer<typeof ZWebhookDelivery>;

export const ZWebhook = z.object({
  id: ZId,
  url: z.string(),
  events: z.array(ZWebhookEvent),
  /** Signs every delivery (HMAC-SHA256); admins see it to configure receivers. */
  secret: z.string(),
  active: z.boolean(),
  createdAt: z.date(),
  deliveries: z.array(ZWebhookDelivery),
});
export type TWebhook = z.infer<typeof ZWebhook>;

export const ZWebhookIdInput = z.object({ id: ZId });

/** What a receiver gets in the body of a delivery. */
export const ZWebhookPayload = z.object({
  event: ZWebhookEvent,
  occurredAt: z.string(),
  claim: z.object({
    id: ZId,
    articleId: ZId,
    text: z.string(),
    state: z.string(),
    verdict: z.object({ name: z.string(), slug: z.string(), rating: z.number().int() }).nullable(),
  }),
  correction: z.object({ reason: z.string(), previousVerdict: z.string().nullable() }).optional(),
  /** claim.repeated: the tracked claim it repeats and the verdict already published there. */
  repeated: z
    .object({
      trackedClaimId: z.string(),
      verdict: z.string(),
      publishedAt: z.string().nullable(),
      link: z.string(),
      valueChange: z.boolean(),
    })
    .optional(),
  /** inbox.item: whose inbox, what kind, who caused it (null: ClaimLedger itself) and a short note. */
  inbox: z
    .object({
      kind: ZInboxKind,
      recipient: z.object({ id: ZId, name: z.string() }),
      actor: z.object({ id: z.string().nullable(), name: z.string() }).nullable(),
      note: z.string().nullable(),
    })
    .optional(),
});
export type TWebhookPayload = z.infer<typeof ZWebhookPayload>;
