import { uniqueSuffix } from '@claimledger/db/testing';
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { formatError } from '../error-formatter';
import { callTrpc, errorMessage, startHarness, type Harness } from './harness';

let h: Harness;
let claimId = '';
let version = 0;
beforeAll(async () => {
  h = await startHarness();
  const res = await callTrpc(
    h.base,
    'article.ingest',
    { body: `Control ${uniqueSuffix()}. The council spent 4 million euros on roads in 2022.`, format: 'text' },
    { actor: 'reviewer' },
  );
  const claim = (res.body as { article: { claims: Array<{ id: string; version: number }> } }).article.claims[0];
  claimId = claim?.id ?? '';
  version = claim?.version ?? 1;
});
afterAll(() => h.close());

/** No internal text: Prisma, SQL states, stack frames or file paths. */
const INTERNAL = /prisma|invocation|22021|sqlstate|\bat \S+ \(|node_modules|\.ts:\d+/i;

describe('fault 4: NUL and control characters', () => {
  const cases: Array<[string, string, () => unknown]> = [
    ['a comment', 'comment.add', () => ({ claimId, body: 'looks fine\u0000really' })],
    ['a citation quote', 'citation.add', () => ({ claimId, sourceUrl: 'https://example.org/a', stance: 'supports', quote: 'four\u0000million' })],
    ['a unit', 'claim.updateFields', () => ({ id: claimId, expectedVersion: version, fields: { unit: 'EUR\u0000' } })],
    ['a title', 'article.ingest', () => ({ body: `Title ${uniqueSuffix()} has 3 rivers.`, format: 'text', title: 'T\u0000itle' })],
    ['an article with a NUL after 64 KiB', 'article.ingest', () => ({ body: `${'Lorem ipsum 5 dolor. '.repeat(4000)}\u0000 tail`, format: 'text' })],
    ['an escape character', 'comment.add', () => ({ claimId, body: 'bell\u001b[31m red' })],
    ['a lone surrogate', 'comment.add', () => ({ claimId, body: 'half \ud83d of an emoji' })],
  ];
  it.each(cases)('refuses %s with a 400 naming the field, and writes nothing', async (_name, path, input) => {
    const before = await h.db.prisma.comment.count();
    const res = await callTrpc(h.base, path, input(), { actor: 'editor' });
    expect(res.status).toBe(400);
    expect(errorMessage(res)).toMatch(/control character|broken Unicode/);
    expect(res.text).not.toMatch(INTERNAL);
    expect(await h.db.prisma.comment.count()).toBe(before);
  });

  it('accepts tabs, new lines, RTL text and emoji', async () => {
    const res = await callTrpc(h.base, 'comment.add', { claimId, body: 'line\tone\nשלום 👍 مرحبا' }, { actor: 'editor' });
    expect(res.status).toBe(200);
  });

  it('answers an unexpected failure with an error id only, and logs the text with that id', () => {
    const logged: unknown[][] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void logged.push(args));
    try {
      const cause = new Error('Invalid `prisma.comment.create()` invocation: Code 22021 invalid byte sequence');
      const error = new TRPCError({ code: 'INTERNAL_SERVER_ERROR', message: cause.message, cause });
      const shaped = formatError({ shape: { message: cause.message, code: -32603, data: { stack: cause.stack, path: 'comment.add' } }, error });
      expect(shaped.message).not.toMatch(INTERNAL);
      expect(JSON.stringify(shaped)).not.toMatch(INTERNAL);
      const id = String((shaped.data as Record<string, unknown>)['errorId']);
      expect(shaped.message).toContain(id);
      expect(String(logged[0]?.[0])).toContain(id);
      expect(logged[0]?.[1]).toBe(cause);
    } finally {
      spy.mockRestore();
    }
  });
});
