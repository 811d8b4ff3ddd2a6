import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApiKey } from '@claimledger/auth';
import { createTestActor, openTestDatabase, uniqueSuffix } from '@claimledger/db/testing';
import { ensureVerdictScale, type Database } from '@claimledger/db';
import { CitationArchiver, ExportRunner } from '@claimledger/services';
import { API_SCOPES, DEFAULT_VERDICT_SCALE, ROLES, type Actor, type ApiScope, type Role } from '@claimledger/domain';
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appRouter } from '../root';
import { createCallerFactory } from '../trpc';

// Fault 1: who may call what. Every procedure of the appRouter has a row here (checked below),
// so a new procedure without a permission row fails.

let db: Database;
let articleId = '';
let claimId = '';
let labelId = '';
let archiver: CitationArchiver;
let exports: ExportRunner;
/** One API key per scope, each with only that scope. */
const keys = new Map<ApiScope, string>();
/** Serves a small article at every path, for ingest by URL. */
let pages: Server;
let pagesBase = '';
const users = new Map<Role | 'author', Actor>();
beforeAll(async () => {
  db = await openTestDatabase();
  pages = createServer((req, res) =>
    res.writeHead(200, { 'content-type': 'text/html' }).end(`<p>Matrix page ${req.url ?? ''}: 5 ferries sank in 2020.</p>`),
  );
  await new Promise<void>((resolve) => pages.listen(0, '127.0.0.1', resolve));
  pagesBase = `http://127.0.0.1:${(pages.address() as AddressInfo).port}`;
  archiver = new CitationArchiver(db.prisma, { timeoutMs: 500, allowPrivateHosts: false });
  exports = new ExportRunner(db.prisma);
  await ensureVerdictScale(db.prisma, DEFAULT_VERDICT_SCALE);
  for (const role of ROLES) users.set(role, await createTestActor(db.prisma, role));
  users.set('author', await createTestActor(db.prisma, 'reviewer', 'author'));
  for (const scope of API_SCOPES) {
    const admin = users.get('admin');
    if (admin) keys.set(scope, (await createApiKey(db.prisma, admin, { name: `matrix ${scope}`, scopes: [scope] })).token);
  }
  labelId = (await db.prisma.verdictLabel.findFirstOrThrow({ where: { slug: 'false' } })).id;
  const setup = createCallerFactory(appRouter)({ db: db.prisma, actor: users.get('admin') ?? null, archiveQueue: archiver });
  const { article } = await setup.article.ingest({
    body: `Matrix ${uniqueSuffix()}: the council built 14 bridges in 2021.`,
    format: 'text',
  });
  articleId = article.id;
  claimId = article.claims[0]?.id ?? '';
});
afterAll(async () => {
  await archiver.idle();
  await exports.idle();
  await new Promise((resolve) => pages.close(resolve));
  await db.close();
});

type Who = Role | 'anonymous';
const caller = (who: Who | 'author') =>
  createCallerFactory(appRouter)({
    db: db.prisma,
    actor: who === 'anonymous' ? null : (users.get(who) ?? null),
    archiveQueue: archiver,
    exportQueue: exports,
    allowPrivateHosts: true,
  });

/** A consumer presenting the API key of `scope` (or none). */
const keyCaller = (scope: ApiScope | 'no key') =>
  createCallerFactory(appRouter)({
    db: db.prisma,
    actor: null,
    archiveQueue: archiver,
    allowPrivateHosts: true,
    apiKeyToken: scope === 'no key' ? null : (keys.get(scope) ?? null),
  });

/** An id that names nothing. */
const missing = () => `missing${uniqueSuffix()}`;

/** A fresh claim, moved by the admin as far as `to`. */
/** Claims about unrelated things, one for each merge call: none matches another. */
const UNRELATED = [
  'The harbour handled 4.2 million containers in 2024.',
  'Bus fares rose by 12 percent in 2023 across the region.',
  'The hospital treated 31,000 emergency patients last winter.',
  'Wheat exports fell to 7 million tonnes in 2021.',
  'The council planted 2,500 oak trees along the river in 2020.',
  'Broadband now reaches 96 percent of rural homes, the regulator said.',
  'Teacher vacancies doubled to 1,400 between 2019 and 2023.',
  'The airport lost 18 flights a day after the runway closed in March.',
  'Water bills rose by 8 percent for 3 million households in 2023.',
  'The museum drew 640,000 visitors in its first year.',
  'Police recorded 5,200 bicycle thefts in the city in 2022.',
  'The steelworks cut 900 jobs over two years.',
];

async function freshClaim(to?: 'in_review', sentence = '9 schools closed in 2022.') {
  const admin = caller('admin');
  const { article } = await admin.article.ingest({ body: `Fresh ${uniqueSuffix()}: ${sentence}`, format: 'text' });
  const claim = article.claims[0];
  if (!claim) throw new Error('no claim extracted');
  if (to) await admin.claim.moveState({ id: claim.id, to, expectedVersion: 1 });
  return claim;
}

/** A published claim: submitted by the author, approved by the admin. */
async function publishedClaim() {
  const review = await submittedByAuthor();
  await caller('admin').review.approve({ reviewId: review.id, expectedVersion: 3 });
  return review.claimId;
}

/** A claim with a review submitted by a separate author, ready for the second review. */
async function submittedByAuthor() {
  const author = caller('author');
  const { article } = await author.article.ingest({
    body: `Review ${uniqueSuffix()}: 7 hospitals closed in 2020.`,
    format: 'text',
  });
  const id = article.claims[0]?.id ?? '';
  await author.claim.moveState({ id, to: 'in_review', expectedVersion: 1 });
  const rationale = 'Health ministry records list two closures, not seven.';
  return author.review.submit({ claimId: id, verdictLabelId: labelId, rationale, expectedVersion: 2 });
}

/**
 * Every procedure, the roles that may call it, and one call of it. `reaches`: what an allowed
 * role gets when the call passes the permission check but names nothing (default 'ok').
 */
const PROCEDURES: Array<{
  name: string;
  allowed: Who[];
  reaches?: string;
  call: (c: ReturnType<typeof caller>) => Promise<unknown>;
}> = [
  { name: 'auth.me', allowed: ['anonymous', ...ROLES], call: (c) => c.auth.me() },
  { name: 'article.list', allowed: [...ROLES], call: (c) => c.article.list({ limit: 5 }) },
  { name: 'article.get', allowed: [...ROLES], call: (c) => c.article.get({ id: articleId }) },
  { name: 'claim.get', allowed: [...ROLES], call: (c) => c.claim.get({ id: claimId }) },
  { name: 'article.history', allowed: [...ROLES], call: (c) => c.article.history({ id: articleId }) },
  {
    name: 'article.ingestUrl',
    allowed: ['reviewer', 'editor', 'admin'],
    call: (c) => c.article.ingestUrl({ url: `${pagesBase}/${uniqueSuffix()}` }),
  },
  { name: 'source.list', allowed: ['editor', 'admin'], call: (c) => c.source.list() },
  {
    name: 'source.add',
    allowed: ['editor', 'admin'],
    call: (c) => c.source.add({ url: `https://feeds.example/${uniqueSuffix()}.xml`, intervalMinutes: 30 }),
  },
  {
    name: 'article.ingest',
    allowed: ['reviewer', 'editor', 'admin'],
    call: (c) => c.article.ingest({ body: `Matrix ingest ${uniqueSuffix()}: 3 ferries sank.`, format: 'text' }),
  },
  {
    name: 'claim.moveState (review work)',
    allowed: ['reviewer', 'editor', 'admin'],
    call: async (c) => c.claim.moveState({ id: (await freshClaim()).id, to: 'in_review', expectedVersion: 1 }),
  },
  { name: 'claim.list', allowed: [...ROLES], call: (c) => c.claim.list({ states: ['new'], limit: 5 }) },
  { name: 'claim.assignees', allowed: [...ROLES], call: (c) => c.claim.assignees() },
  { name: 'claim.audit', allowed: [...ROLES], call: (c) => c.claim.audit({ id: claimId }) },
  {
    name: 'claim.updateFields',
    allowed: ['reviewer', 'editor', 'admin'],
    call: async (c) =>
      c.claim.updateFields({ id: (await freshClaim()).id, expectedVersion: 1, fields: { speaker: 'The mayor' } }),
  },
  {
    name: 'claim.assign (to self)',
    allowed: ['reviewer', 'editor', 'admin'],
    call: async (c) => {
      const me = await c.auth.me();
      return c.claim.assign({ claimId: (await freshClaim()).id, assigneeId: me?.id ?? null });
    },
  },
  {
    name: 'claim.assign (to another)',
    allowed: ['editor', 'admin'],
    call: async (c) => c.claim.assign({ claimId: (await freshClaim()).id, assigneeId: users.get('author')?.id ?? null }),
  },
  {
    name: 'citation.add',
    allowed: ['reviewer', 'editor', 'admin'],
    call: (c) => c.citation.add({ claimId, sourceUrl: 'http://127.0.0.1:9/source', stance: 'context', quote: 'a quoted line' }),
  },
  { name: 'citation.forClaim', allowed: [...ROLES], call: (c) => c.citation.forClaim({ id: claimId }) },
  {
    name: 'comment.add',
    allowed: ['reviewer', 'editor', 'admin'],
    call: (c) => c.comment.add({ claimId, body: 'Checking the council minutes.' }),
  },
  { name: 'comment.forClaim', allowed: [...ROLES], call: (c) => c.comment.forClaim({ id: claimId }) },
  {
    name: 'review.correct',
    allowed: ['editor', 'admin'],
    call: async (c) =>
      c.review.correct({ claimId: await publishedClaim(), expectedVersion: 4, reason: 'The ministry revised its figures.' }),
  },
  { name: 'review.corrections', allowed: [...ROLES], call: (c) => c.review.corrections({ id: claimId }) },
  { name: 'inbox.get', allowed: [...ROLES], call: (c) => c.inbox.get() },
  { name: 'inbox.markSeen', allowed: [...ROLES], call: (c) => c.inbox.markSeen() },
  { name: 'dashboard.get', allowed: ['editor', 'admin'], call: (c) => c.dashboard.get({ days: 30 }) },
  { name: 'key.list', allowed: ['admin'], call: (c) => c.key.list() },
  {
    name: 'key.create',
    allowed: ['admin'],
    call: (c) => c.key.create({ name: `matrix ${uniqueSuffix()}`, scopes: ['claims:read'] }),
  },
  {
    name: 'key.revoke',
    allowed: ['admin'],
    call: async (c) =>
      c.key.revoke({
        id: (await caller('admin').key.create({ name: `revoke ${uniqueSuffix()}`, scopes: ['claims:read'] })).key.id,
      }),
  },
  { name: 'webhook.list', allowed: ['admin'], call: (c) => c.webhook.list() },
  {
    name: 'citation.archivedCopy',
    allowed: [...ROLES],
    reaches: 'NOT_FOUND',
    call: (c) => c.citation.archivedCopy({ id: missing() }),
  },
  {
    name: 'export.request + status',
    allowed: ['editor', 'admin'],
    call: async (c) => c.export.status({ id: (await c.export.request({ format: 'csv', claimId })).id }),
  },
  { name: 'job.overview', allowed: ['admin'], call: (c) => c.job.overview() },
  {
    name: 'job.retry',
    allowed: ['admin'],
    reaches: 'NOT_FOUND',
    call: (c) => c.job.retry({ name: 'export', id: randomUUID() }),
  },
  {
    name: 'job.cancel',
    allowed: ['admin'],
    reaches: 'NOT_FOUND',
    call: (c) => c.job.cancel({ name: 'export', id: randomUUID() }),
  },
  {
    name: 'webhook.create + deactivate',
    allowed: ['admin'],
    call: async (c) =>
      c.webhook.deactivate({
        id: (await c.webhook.create({ url: 'https://hooks.example.org/in', events: ['claim.published'] })).id,
      }),
  },
  {
    name: 'scale.editLabel',
    allowed: ['admin'],
    call: (c) => c.scale.editLabel({ id: labelId, name: 'False', colour: '#cf222e', description: 'Not accurate.', rating: 2 }),
  },
  {
    name: 'scale.addLabel',
    allowed: ['admin'],
    call: (c) =>
      c.scale.addLabel({
        slug: `satire-${uniqueSuffix()}`,
        name: 'Satire',
        colour: '#888888',
        description: 'Not meant as fact.',
        rating: 0,
      }),
  },
  { name: 'tracking.claimTracking', allowed: [...ROLES], call: (c) => c.tracking.claimTracking({ id: claimId }) },
  {
    name: 'tracking.trackedClaim',
    allowed: [...ROLES],
    call: async (c) =>
      c.tracking.trackedClaim({ id: (await caller('admin').tracking.claimTracking({ id: claimId })).groupId ?? '' }),
  },
  { name: 'tracking.suggestions', allowed: [...ROLES], call: (c) => c.tracking.suggestions({ limit: 5 }) },
  { name: 'tracking.settings', allowed: [...ROLES], call: (c) => c.tracking.settings() },
  {
    name: 'tracking.updateSettings',
    allowed: ['admin'],
    call: (c) => c.tracking.updateSettings({ autoThreshold: 0.85, suggestThreshold: 0.55 }),
  },
  {
    name: 'tracking.merge',
    allowed: ['reviewer', 'editor', 'admin'],
    call: async (c) => {
      // Two claims never seen before (the same claim twice is one tracked claim already).
      const group = async () =>
        (await caller('admin').tracking.claimTracking({ id: (await freshClaim(undefined, UNRELATED.shift())).id })).groupId ?? '';
      return c.tracking.merge({ targetId: await group(), sourceId: await group() });
    },
  },
  {
    name: 'tracking.decideSuggestion',
    allowed: ['reviewer', 'editor', 'admin'],
    reaches: 'NOT_FOUND',
    call: (c) => c.tracking.decideSuggestion({ id: missing(), decision: 'reject' }),
  },
  {
    name: 'tracking.split',
    allowed: ['reviewer', 'editor', 'admin'],
    reaches: 'NOT_FOUND',
    call: (c) => c.tracking.split({ groupId: missing(), claimIds: [claimId] }),
  },
  {
    name: 'tracking.unlink',
    allowed: ['reviewer', 'editor', 'admin'],
    reaches: 'NOT_FOUND',
    call: (c) => c.tracking.unlink({ claimId: missing() }),
  },
  {
    name: 'tracking.applyPriorVerdict',
    allowed: ['reviewer', 'editor', 'admin'],
    reaches: 'NOT_FOUND',
    call: (c) => c.tracking.applyPriorVerdict({ claimId: missing(), expectedVersion: 1 }),
  },
  {
    name: 'tracking.importClaimReviews',
    allowed: ['admin'],
    call: (c) => c.tracking.importClaimReviews({ content: '[]' }),
  },
  { name: 'review.verdictLabels', allowed: [...ROLES], call: (c) => c.review.verdictLabels() },
  { name: 'review.forClaim', allowed: [...ROLES], call: (c) => c.review.forClaim({ id: claimId }) },
  {
    name: 'review.submit',
    allowed: ['reviewer', 'editor', 'admin'],
    call: async (c) => {
      const { id } = await freshClaim('in_review');
      return c.review.submit({
        claimId: id,
        verdictLabelId: labelId,
        rationale: 'Port authority lists four new ports.',
        expectedVersion: 2,
      });
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
    call: async (c) =>
      c.review.sendBack({ reviewId: (await submittedByAuthor()).id, expectedVersion: 3, comment: 'Add a source.' }),
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
    if (allowed) expect(outcome).toBe(procedure.reaches ?? 'ok');
    else expect(outcome).toBe(who === 'anonymous' ? 'UNAUTHORIZED' : 'FORBIDDEN');
  });
});

/** Every API-key procedure, the one scope it needs, and one call of it. */
const KEY_PROCEDURES: Array<{ name: string; scope: ApiScope; call: (c: ReturnType<typeof keyCaller>) => Promise<unknown> }> = [
  { name: 'v1.claimStatus', scope: 'claims:read', call: (c) => c.v1.claimStatus({ id: claimId }) },
  {
    name: 'v1.claimsByArticleUrl',
    scope: 'claims:read',
    call: (c) => c.v1.claimsByArticleUrl({ articleUrl: `${pagesBase}/${uniqueSuffix()}` }),
  },
  { name: 'v1.lookupClaims', scope: 'claims:read', call: (c) => c.v1.lookupClaims({ text: 'bridges built in 2021' }) },
  {
    name: 'v1.matchClaims',
    scope: 'claims:read',
    call: (c) => c.v1.matchClaims({ texts: ['The council built 14 bridges in 2021.'] }),
  },
  { name: 'v1.articleStatus', scope: 'articles:read', call: (c) => c.v1.articleStatus({ id: articleId }) },
  {
    name: 'v1.ingestArticleUrl',
    scope: 'articles:ingest',
    call: (c) => c.v1.ingestArticleUrl({ url: `${pagesBase}/${uniqueSuffix()}` }),
  },
  {
    name: 'v1.registerWebhook',
    scope: 'webhooks:manage',
    call: (c) => c.v1.registerWebhook({ url: 'https://hooks.example.org/matrix', events: ['claim.published'] }),
  },
];

const KEYS: Array<ApiScope | 'no key'> = ['no key', ...API_SCOPES];
const keyCases = KEY_PROCEDURES.flatMap((p) => KEYS.map((scope) => [p.name, scope, p.scope === scope, p] as const));

describe('scope × API-key procedure matrix', () => {
  it.each(keyCases)('%s with a %s key → allowed: %s', async (_name, scope, allowed, procedure) => {
    const outcome = await procedure.call(keyCaller(scope)).then(
      () => 'ok',
      (error: unknown) => (error instanceof TRPCError ? error.code : String(error)),
    );
    if (allowed) expect(outcome).toBe('ok');
    else expect(outcome).toBe(scope === 'no key' ? 'UNAUTHORIZED' : 'FORBIDDEN');
  });
});

describe('the matrices cover the whole API', () => {
  /** 'claim.moveState (review work)' → claim.moveState; 'export.request + status' → both. */
  const rowPaths = (name: string) => {
    const [first = '', ...rest] = name.replace(/ \(.*\)$/, '').split(' + ');
    const domain = first.split('.')[0] ?? '';
    return [first, ...rest.map((r) => (r.includes('.') ? r : `${domain}.${r}`))];
  };
  const routerPaths = Object.keys(appRouter._def.procedures);
  const covered = new Set([...PROCEDURES.flatMap((p) => rowPaths(p.name)), ...KEY_PROCEDURES.map((p) => p.name)]);

  it('every procedure of the appRouter has a row', () => {
    expect(routerPaths.filter((path) => !covered.has(path))).toEqual([]);
  });

  it('every row names a procedure that exists', () => {
    expect([...covered].filter((path) => !routerPaths.includes(path))).toEqual([]);
  });

  it('every API scope is the scope of some procedure in the matrix', () => {
    expect(API_SCOPES.filter((scope) => !KEY_PROCEDURES.some((p) => p.scope === scope))).toEqual([]);
  });
});
