import { DEFAULT_MATCH_SETTINGS, ensureVerdictScale, type Database } from '@claimledger/db';
import { createTestActor, openTestDatabase, uniqueSuffix } from '@claimledger/db/testing';
import { DEFAULT_VERDICT_SCALE, type Actor } from '@claimledger/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addComment } from '../activity/activity';
import { ingestArticle } from '../article/ingest-article';
import { assignClaim } from '../claim/claim-queue';
import { moveClaimState } from '../claim/move-claim-state';
import { approveReview, listVerdictLabels, sendBackReview, submitReview } from '../review/reviews';
import { updateMatchSettings } from '../tracking/tracked-claims';
import { deactivateWebhook, registerWebhook } from '../webhook/webhooks';
import { getInbox, markInboxSeen } from './inbox';

let db: Database;
let reviewer: Actor;
let editor: Actor;
let admin: Actor;
const tag = uniqueSuffix();

beforeAll(async () => {
  db = await openTestDatabase();
  await ensureVerdictScale(db.prisma, DEFAULT_VERDICT_SCALE);
  reviewer = await createTestActor(db.prisma, 'reviewer', `Inga${tag} Inbox`);
  editor = await createTestActor(db.prisma, 'editor', `Edna${tag} Inbox`);
  admin = await createTestActor(db.prisma, 'admin');
});
afterAll(() => db.close());

async function claimFor(text: string, title = `Inbox ${tag} ${text}`) {
  const { article } = await ingestArticle(db.prisma, { body: `${title}\n\n${text}`, format: 'text' });
  // The claim of the body: a title with a random tag can read as a sentence claim of its own.
  const claim = article.claims.find((c) => text.includes(c.text));
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

describe('inbox.item webhook', () => {
  type InboxPayload = {
    claim: { id: string; state: string };
    inbox: {
      kind: string;
      recipient: { id: string; name: string };
      actor: { id: string | null; name: string } | null;
      note: string | null;
    };
  };
  /** This test's outbox rows about one claim, oldest first. */
  const outbox = async (hookId: string, claimId: string) =>
    (await db.prisma.webhookDelivery.findMany({ where: { webhookId: hookId }, orderBy: { createdAt: 'asc' } }))
      .map((d) => ({ event: d.event, status: d.status, payload: d.payload as InboxPayload }))
      .filter((d) => d.payload.claim.id === claimId);

  it("writes one outbox row per recipient for each kind, with the change, and none for one's own doing", async () => {
    const hook = await registerWebhook(db.prisma, admin, { url: 'https://inbox-receiver.example/hook', events: ['inbox.item'] });
    const inga = { id: reviewer.id, name: `Inga${tag} Inbox` };
    const edna = { id: editor.id, name: `Edna${tag} Inbox` };
    try {
      const claim = await claimFor('The town planted 500 oaks in 2023.');
      await assignClaim(db.prisma, editor, { claimId: claim.id, assigneeId: reviewer.id });
      await addComment(db.prisma, editor, { claimId: claim.id, body: `@inga${tag} the park office has the list.` });
      expect(await outbox(hook.id, claim.id)).toEqual([
        {
          event: 'inbox.item',
          status: 'pending',
          payload: expect.objectContaining({
            event: 'inbox.item',
            occurredAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
            claim: expect.objectContaining({ id: claim.id, articleId: claim.articleId, state: 'new' }),
            inbox: { kind: 'assigned', recipient: inga, actor: edna, note: null },
          }),
        },
        {
          event: 'inbox.item',
          status: 'pending',
          payload: expect.objectContaining({
            inbox: { kind: 'mention', recipient: inga, actor: edna, note: `@inga${tag} the park office has the list.` },
          }),
        },
      ]);

      // Submitting asks every editor and admin but its author; sending back tells the author.
      const label = (await listVerdictLabels(db.prisma)).find((l) => l.slug === 'false');
      await moveClaimState(db.prisma, reviewer, { id: claim.id, to: 'in_review', expectedVersion: 1 });
      const review = await submitReview(db.prisma, reviewer, {
        claimId: claim.id,
        verdictLabelId: label?.id ?? '',
        rationale: 'The park office counted 350.',
        expectedVersion: 2,
      });
      const asked = (await outbox(hook.id, claim.id)).filter((d) => d.payload.inbox.kind === 'awaiting_approval');
      expect(asked.map((d) => d.payload.inbox.recipient.id)).toEqual(expect.arrayContaining([editor.id, admin.id]));
      expect(asked.map((d) => d.payload.inbox.recipient.id)).not.toContain(reviewer.id);
      expect(asked.find((d) => d.payload.inbox.recipient.id === editor.id)?.payload).toMatchObject({
        claim: { state: 'submitted' },
        inbox: { recipient: edna, actor: inga, note: 'Verdict: False' },
      });
      await sendBackReview(db.prisma, editor, { reviewId: review.id, expectedVersion: 3, comment: 'Cite the park office.' });
      expect((await outbox(hook.id, claim.id)).at(-1)?.payload).toMatchObject({
        claim: { state: 'sent_back' },
        inbox: { kind: 'sent_back', recipient: inga, actor: edna, note: 'Cite the park office.' },
      });

      // Taking a claim oneself or naming oneself is nobody else's news.
      const own = await claimFor('The town opened 3 pools in 2023.');
      await assignClaim(db.prisma, reviewer, { claimId: own.id, assigneeId: reviewer.id });
      await addComment(db.prisma, reviewer, { claimId: own.id, body: `Reminder @inga${tag}.` });
      expect(await outbox(hook.id, own.id)).toEqual([]);
    } finally {
      await deactivateWebhook(db.prisma, admin, hook.id);
    }
  });

  it('a new saying of a claim someone checked reaches their inbox, and the webhook with it', async () => {
    // The thresholds are the database's (a shared PostgreSQL test database keeps another file's): the defaults link this repeat.
    await updateMatchSettings(db.prisma, admin, { ...DEFAULT_MATCH_SETTINGS });
    const hook = await registerWebhook(db.prisma, admin, { url: 'https://inbox-receiver.example/hook', events: ['inbox.item'] });
    try {
      const place = `Qor${tag.replace(/\d/g, 'x')}`;
      const sentence = `The ${place} museum welcomed 82,000 visitors in 2022.`;
      const first = await claimFor(sentence, `Inbox ${tag} museum, first report`);
      const label = (await listVerdictLabels(db.prisma)).find((l) => l.slug === 'true');
      await moveClaimState(db.prisma, reviewer, { id: first.id, to: 'in_review', expectedVersion: 1 });
      const review = await submitReview(db.prisma, reviewer, {
        claimId: first.id,
        verdictLabelId: label?.id ?? '',
        rationale: 'The annual report says 82,000.',
        expectedVersion: 2,
      });
      await approveReview(db.prisma, editor, { reviewId: review.id, expectedVersion: 3 });

      const repeat = await claimFor(sentence, `Inbox ${tag} museum, said again`);
      expect((await getInbox(db.prisma, reviewer)).items.find((i) => i.claimId === repeat.id)).toMatchObject({
        kind: 'repeat',
        note: expect.stringContaining('82,000 visitors'),
        articleTitle: `Inbox ${tag} museum, said again`,
      });
      expect(await outbox(hook.id, repeat.id)).toEqual([
        {
          event: 'inbox.item',
          status: 'pending',
          payload: expect.objectContaining({
            claim: expect.objectContaining({ id: repeat.id, state: 'new' }),
            inbox: {
              kind: 'repeat',
              recipient: { id: reviewer.id, name: `Inga${tag} Inbox` },
              actor: null,
              note: 'Checked before: True',
            },
          }),
        },
      ]);
    } finally {
      await deactivateWebhook(db.prisma, admin, hook.id);
    }
  });
});
