import { openTestDatabase, uniqueSuffix } from '@claimledger/db/testing';
import type { Database } from '@claimledger/db';
import { ROLES, type Actor, type Role } from '@claimledger/domain';
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appRouter } from './root';
import { createCallerFactory } from './trpc';

let db: Database;
let articleId = '';
let claimId = '';
beforeAll(async () => {
  db = await openTestDatabase();
  const setup = createCallerFactory(appRouter)({ db: db.prisma, actor: { id: null, label: 'setup', role: 'admin' } });
  const { article } = await setup.article.ingest({ body: `Matrix ${uniqueSuffix()}: the council built 14 bridges in 2021.`, format: 'text' });
  articleId = article.id;
  claimId = article.claims[0]?.id ?? '';
});
afterAll(() => db.close());

type Who = Role | 'anonymous';
const actorFor = (who: Who): Actor | null => (who === 'anonymous' ? null : { id: null, label: who, role: who });
const caller = (who: Who) => createCallerFactory(appRouter)({ db: db.prisma, actor: actorFor(who) });

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
