import { openTestDatabase, uniqueSuffix } from '@claimledger/db/testing';
import { ensureVerdictScale, type Database } from '@claimledger/db';
import { DEFAULT_VERDICT_SCALE, ROLES, type Actor, type Role } from '@claimledger/domain';
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appRouter } from './root';
import { createCallerFactory } from './trpc';

let db: Database;
let articleId = '';
let claimId = '';
let labelId = '';
const users = new Map<Role | 'author', Actor>();
beforeAll(async () => {
  db = await openTestDatabase();
  await ensureVerdictScale(db.prisma, DEFAULT_VERDICT_SCALE);
  for (const role of [...ROLES, 'author'] as const) {
    const email = `${role}.${uniqueSuffix()}@example.org`;
    const user = await db.prisma.user.create({ data: { email, name: role, role: role === 'author' ? 'reviewer' : role } });
    users.set(role, { id: user.id, label: email, role: role === 'author' ? 'reviewer' : role });
  }
  labelId = (await db.prisma.verdictLabel.findFirstOrThrow({ where: { slug: 'false' } })).id;
  const setup = createCallerFactory(appRouter)({ db: db.prisma, actor: users.get('admin') ?? null });
  const { article } = await setup.article.ingest({ body: `Matrix ${uniqueSuffix()}: the council built 14 bridges in 2021.`, format: 'text' });
  articleId = article.id;
  claimId = article.claims[0]?.id ?? '';
});
afterAll(() => db.close());

type Who = Role | 'anonymous';
const caller = (who: Who | 'author') =>
  createCallerFactory(appRouter)({ db: db.prisma, actor: who === 'anonymous' ? null : (users.get(who) ?? null) });

/** A claim with a review submitted by a separate author, ready for the second review. */
async function submittedByAuthor() {
  const author = caller('author');
  const { article } = await author.article.ingest({ body: `Review ${uniqueSuffix()}: 7 hospitals closed in 2020.`, format: 'text' });
  const id = article.claims[0]?.id ?? '';
  await author.claim.moveState({ id, to: 'in_review', expectedVersion: 1 });
  const rationale = 'Health ministry records list two closures, not seven.';
  return author.review.submit({ claimId: id, verdictLabelId: labelId, rationale, expectedVersion: 2 });
}

/** Every procedure, the roles that may call it, and one call of it. */
const PROCEDURES: Array<{ name: string; allowed: Who[]; call: (c: ReturnType<typeof caller>) => Promise<unknown> }> = [
  { name: 'auth.me', allowed: ['anonymous', ...ROLES], call: (c) => c.auth.me() },
  { name: 'article.list', allowed: [...ROLES], call: (c) => c.article.list({ limit: 5 }) },
  { name: 'article.get', allowed: [...ROLES], call: (c) => c.article.get({ id: articleId }) },
  { name: 'claim.get', allowed: [...ROLES], call: (c) => c.claim.get({ id: claimId }) },
  {
    name: 'article.ingest',
    allowed: ['reviewer', 'editor', 'admin'],
    call: (c) => c.article.ingest({ body: `Matrix ingest ${uniqueSuffix()}: 3 ferries sank.`, format: 'text' }),
  },
  {
    name: 'claim.moveState (review work)',
    allowed: ['reviewer', 'editor', 'admin'],
    call: async (c) => {
      const { article } = await caller('admin').article.ingest({ body: `Move ${uniqueSuffix()}: 9 schools closed.`, format: 'text' });
      return c.claim.moveState({ id: article.claims[0]?.id ?? '', to: 'in_review', expectedVersion: 1 });
    },
  },
  {
    name: 'claim.moveState (publish)',
    allowed: ['editor', 'admin'],
    call: async (c) => {
      const admin = caller('admin');
      const { article } = await admin.article.ingest({ body: `Publish ${uniqueSuffix()}: 5 mines opened.`, format: 'text' });
      const id = article.claims[0]?.id ?? '';
      await admin.claim.moveState({ id, to: 'in_review', expectedVersion: 1 });
      await admin.claim.moveState({ id, to: 'submitted', expectedVersion: 2 });
      return c.claim.moveState({ id, to: 'approved', expectedVersion: 3 });
    },
  },
  { name: 'review.verdictLabels', allowed: [...ROLES], call: (c) => c.review.verdictLabels() },
  { name: 'review.forClaim', allowed: [...ROLES], call: (c) => c.review.forClaim({ id: claimId }) },
  {
    name: 'review.submit',
    allowed: ['reviewer', 'editor', 'admin'],
    call: async (c) => {
      const { article } = await caller('admin').article.ingest({ body: `Submit ${uniqueSuffix()}: 4 ports opened.`, format: 'text' });
      const id = article.claims[0]?.id ?? '';
      await caller('admin').claim.moveState({ id, to: 'in_review', expectedVersion: 1 });
      return c.review.submit({ claimId: id, verdictLabelId: labelId, rationale: 'Port authority lists four new ports.', expectedVersion: 2 });
    },
  },
  {
    name: 'review.approve',
    allowed: ['editor', 'admin'],
    call: async (c) => c.review.approve({ reviewId: (await submittedByAuthor()).id, expectedVersion: 3 }),
  },
  {
    name: 'review.sendBack',
    allowed: ['editor', 'admin'],
    call: async (c) => c.review.sendBack({ reviewId: (await submittedByAuthor()).id, expectedVersion: 3, comment: 'Add a source.' }),
  },
];

const WHO: Who[] = ['anonymous', ...ROLES];
const cases = PROCEDURES.flatMap((p) => WHO.map((who) => [p.name, who, p.allowed.includes(who), p] as const));

describe('role × procedure matrix', () => {
  it.each(cases)('%s as %s → allowed: %s', async (_name, who, allowed, procedure) => {
    const outcome = await procedure.call(caller(who)).then(
      () => 'ok',
      (error: unknown) => (error instanceof TRPCError ? error.code : String(error)),
    );
    if (allowed) expect(outcome).toBe('ok');
    else expect(outcome).toBe(who === 'anonymous' ? 'UNAUTHORIZED' : 'FORBIDDEN');
  });
});
