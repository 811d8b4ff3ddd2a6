import { z } from 'zod';
import { ZId } from './common';

export const INBOX_KINDS = ['assigned', 'sent_back', 'awaiting_approval', 'mention', 'repeat'] as const;
export const ZInboxKind = z.enum(INBOX_KINDS);
export type TInboxKind = z.infer<typeof ZInboxKind>;

/** One thing that needs the person: a claim to work on, a review to fix or decide, a mention, a repeat. */
export const ZInboxItem = z.object({
  kind: ZInboxKind,
  claimId: ZId,
  claimText: z.string(),
  /** The sentence the claim was said in and the article's title, so the item reads on its own. */
  claimSentence: z.string(),
  articleTitle: z.string(),
  /** Who or what caused it: the comment's author, the review's author, the editor who sent it back. */
  by: z.string().nullable(),
  /** The comment or the editor's note, when there is one. */
  note: z.string().nullable(),
  at: z.date(),
  isUnread: z.boolean(),
});
export type TInboxItem = z.infer<typeof ZInboxItem>;

export const ZInbox = z.object({ items: z.array(ZInboxItem), unread: z.number().int().nonnegative() });
export type TInbox = z.infer<typeof ZInbox>;

export const ZInboxCount = z.object({ unread: z.number().int().nonnegative() });
