import { ensureVerdictScale, type Database } from '@claimledger/db';
import { createTestActor, openTestDatabase, uniqueSuffix } from '@claimledger/db/testing';
import { DEFAULT_VERDICT_SCALE, type Actor } from '@claimledger/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addComment } from '../activity/activity';
import { ingestArticle } from '../article/ingest-article';
import { assignClaim } from '../claim/claim-queue';
import { moveClaimState } from '../claim/move-claim-state';
import { listVerdictLabels, sendBackReview, submitReview } from '../review/reviews';
import { getInbox, markInboxSeen } from './inbox';

let db: Database;
let reviewer: Actor;
let editor: Actor;
const tag = uniqueSuffix();

beforeAll(async () => {
  db = await openTestDatabase();
  await ensureVerdictScale(db.prisma, DEFAULT_VERDICT_SCALE);
  reviewer = await createTestActor(db.prisma, 'reviewer', `Inga${tag} Inbox`);
  editor = await createTestActor(db.prisma, 'editor', `Edna${tag} Inbox`);
});
afterAll(() => db.close());

async function claimFor(text: string) {
  const { article } = await ingestArticle(db.prisma, { body: `Inbox ${tag} ${text}\n\n${text}`, format: 'text' });
  const claim = article.claims[0];
  if (!claim) throw new Error('no claim');
  return claim;
}

describe('inbox', () => {
  it('lists assignments, mentions, reviews to approve and reviews sent back; marks them read', async () => {
    const assigned = await claimFor('The city bought 40 buses in 2023.');
    await assignClaim(db.prisma, editor, { claimId: assigned.id, assigneeId: reviewer.id });
    await addComment(db.prisma, editor, { claimId: assigned.id, body: `@inga${tag} please check the fleet list.` });

    const reviewed = await claimFor('The port handled 9 million containers in 2023.');
    const label = (await listVerdictLabels(db.prisma)).find((l) => l.slug === 'false');
    await moveClaimState(db.prisma, reviewer, { id: reviewed.id, to: 'in_review', expectedVersion: 1 });
    const review = await submitReview(db.prisma, reviewer, {
      claimId: reviewed.id,
      verdictLabelId: label?.id ?? '',
      rationale: 'The port authority reports 7 million.',
      expectedVersion: 2,
    });
    const forEditor = await getInbox(db.prisma, editor);
    expect(forEditor.items.find((i) => i.claimId === reviewed.id)).toMatchObject({
      kind: 'awaiting_approval',
      by: `Inga${tag} Inbox`,
    });

    await sendBackReview(db.prisma, editor, { reviewId: review.id, expectedVersion: 3, comment: 'Cite the annual report.' });
    const inbox = await getInbox(db.prisma, reviewer);
    const mine = inbox.items.filter((i) => i.claimText.includes('buses') || i.claimId === reviewed.id);
    expect(mine.map((i) => i.kind).sort()).toEqual(['assigned', 'mention', 'sent_back']);
    expect(inbox.items.find((i) => i.kind === 'mention')).toMatchObject({ by: `Edna${tag} Inbox`, isUnread: true });
    // Each item reads on its own: the sentence as said and the article, not only the fragment.
    expect(inbox.items.find((i) => i.kind === 'assigned')).toMatchObject({
      claimSentence: expect.stringContaining('The city bought 40 buses in 2023.'),
      articleTitle: `Inbox ${tag} The city bought 40 buses in 2023.`,
    });
    expect(inbox.items.find((i) => i.kind === 'sent_back')?.note).toBe('Cite the annual report.');
    expect(inbox.unread).toBe(inbox.items.length);

    await markInboxSeen(db.prisma, reviewer);
    expect((await getInbox(db.prisma, reviewer)).unread).toBe(0);
    await addComment(db.prisma, editor, { claimId: assigned.id, body: `Thanks @Inga${tag}Inbox.` });
    expect((await getInbox(db.prisma, reviewer)).unread).toBe(1);
  });

  it('does not list a comment for its own author, and leaves reviews to approve to editors', async () => {
    const claim = await claimFor('Ridership doubled to 2 million in 2024.');
    await addComment(db.prisma, reviewer, { claimId: claim.id, body: `Note to self @inga${tag}.` });
    const inbox = await getInbox(db.prisma, reviewer);
    expect(inbox.items.some((i) => i.claimId === claim.id)).toBe(false);
    expect(inbox.items.some((i) => i.kind === 'awaiting_approval')).toBe(false);
  });
});
