import type { TInbox, TInboxItem } from '@claimledger/contracts';
import {
  findInboxSeenAt,
  listAssignedToUser,
  listMentionsOfUser,
  listRepeatsOfUserChecks,
  listReviewsAwaitingApproval,
  listSentBackReviews,
  saveInboxSeenAt,
  type DbClient,
  type InboxRow,
} from '@claimledger/db';
import { can, type Actor } from '@claimledger/domain';
import { requireUser } from '../access';

async function inboxRows(db: DbClient, actor: Actor, userId: string): Promise<InboxRow[]> {
  const lists = await Promise.all([
    listAssignedToUser(db, userId),
    listSentBackReviews(db, userId),
    can(actor.role, 'claim:approve') ? listReviewsAwaitingApproval(db, userId) : Promise.resolve([]),
    listMentionsOfUser(db, userId),
    listRepeatsOfUserChecks(db, userId),
  ]);
  return lists.flat().sort((a, b) => b.at.getTime() - a.at.getTime());
}

/**
 * What needs this person: claims assigned to them, their reviews sent back, reviews waiting for
 * their approval (editors), comments that mention them and new sayings of claims they checked;
 * newest first, unread when newer than their last visit.
 */
export async function getInbox(db: DbClient, actor: Actor): Promise<TInbox> {
  const userId = requireUser(actor, 'claim:read');
  const [rows, seenAt] = await Promise.all([inboxRows(db, actor, userId), findInboxSeenAt(db, userId)]);
  const items: TInboxItem[] = rows.map((r) => ({ ...r, isUnread: seenAt === null || r.at > seenAt }));
  return { items, unread: items.filter((i) => i.isUnread).length };
}

/** The number in the navigation. */
export async function countUnreadInbox(db: DbClient, actor: Actor): Promise<number> {
  return (await getInbox(db, actor)).unread;
}

/** Everything up to now counts as read. */
export async function markInboxSeen(db: DbClient, actor: Actor, now = new Date()): Promise<{ unread: number }> {
  const userId = requireUser(actor, 'claim:read');
  await saveInboxSeenAt(db, userId, now);
  return { unread: 0 };
}
