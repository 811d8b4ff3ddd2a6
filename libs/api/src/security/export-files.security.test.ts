import { buffer } from 'node:stream/consumers';
import { uniqueSuffix } from '@claimledger/db/testing';
import { openExportFile, requestExportFile, type ExportQueue } from '@claimledger/services';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callTrpc, startHarness, type Harness } from './harness';

let h: Harness;
let articleId = '';
beforeAll(async () => {
  h = await startHarness();
  const ingest = await callTrpc(
    h.base,
    'article.ingest',
    { body: `Exports ${uniqueSuffix()}. The tunnel carried 12 million cars in 2022, up 3% on 2021.`, format: 'text' },
    { actor: 'editor' },
  );
  articleId = (ingest.body as { article: { id: string } }).article.id;
});
afterAll(() => h.close());

/** The editor's CSV of the article, prepared in the background and waited for. */
async function editorsFile(): Promise<string> {
  const asked = await callTrpc(h.base, 'export.request', { format: 'csv', articleId }, { actor: 'editor' });
  expect(asked.status, asked.text).toBe(200);
  const id = (asked.body as { id: string }).id;
  await h.exports.idle();
  return id;
}

describe('background exports are for those who may export, and only their own files', () => {
  it.each(['reviewer', 'viewer'])('a %s cannot ask for one (403), nor can a signed-out caller (401)', async (actor) => {
    const refused = await callTrpc(h.base, 'export.request', { format: 'csv', articleId }, { actor });
    expect(refused.status).toBe(403);
    const anonymous = await callTrpc(h.base, 'export.request', { format: 'csv', articleId });
    expect(anonymous.status).toBe(401);
    expect(
      await h.db.prisma.exportFile.count({ where: { createdById: h.actors[actor as 'reviewer' | 'viewer'].id ?? '' } }),
    ).toBe(0);
  });

  it('the owner sees the status and downloads the file', async () => {
    const id = await editorsFile();
    const status = await callTrpc(h.base, 'export.status', { id }, { method: 'GET', actor: 'editor' });
    expect(status.body).toMatchObject({ status: 'ready', downloadUrl: `/api/exports/${id}` });
    const file = await openExportFile(h.db.prisma, h.actors.editor, { id });
    expect((await buffer(file.stream)).toString('utf8')).toContain('12 million cars');
  });

  it('a reviewer cannot read the status or download (403); another exporter gets 404', async () => {
    const id = await editorsFile();
    expect((await callTrpc(h.base, 'export.status', { id }, { method: 'GET', actor: 'reviewer' })).status).toBe(403);
    expect((await callTrpc(h.base, 'export.status', { id }, { method: 'GET', actor: 'admin' })).status).toBe(404);
    expect((await callTrpc(h.base, 'export.status', { id }, { method: 'GET' })).status).toBe(401);
    await expect(openExportFile(h.db.prisma, h.actors.reviewer, { id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(openExportFile(h.db.prisma, h.actors.admin, { id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('an owner whose role no longer allows exports cannot download what they asked for', async () => {
    const id = await editorsFile();
    const demoted = { ...h.actors.editor, role: 'reviewer' as const };
    await expect(openExportFile(h.db.prisma, demoted, { id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('a background export that fails on an internal error', () => {
  it('tells its owner only the logged id, never the database text', async () => {
    const fn = `export_fault_${uniqueSuffix()}`;
    // Every stored chunk raises while this test runs (its files run one at a time, in this process).
    await h.db.prisma.$executeRawUnsafe(
      `CREATE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
         RAISE EXCEPTION 'secret-chunk in /srv/claimledger/libs/db/src/x.ts:7'; END $$`,
    );
    await h.db.prisma.$executeRawUnsafe(
      `CREATE TRIGGER ${fn} BEFORE INSERT ON "ExportFileChunk" FOR EACH ROW EXECUTE FUNCTION ${fn}()`,
    );
    try {
      const id = await editorsFile();
      const status = await callTrpc(h.base, 'export.status', { id }, { method: 'GET', actor: 'editor' });
      expect(status.body).toMatchObject({ status: 'failed', failure: expect.stringMatching(/logged with the id [0-9a-f-]{36}/) });
      expect(status.text).not.toMatch(/prisma|invocation|P0001|secret-|\.ts:\d+|\/libs\//i);
    } finally {
      await h.db.prisma.$executeRawUnsafe(`DROP TRIGGER IF EXISTS ${fn} ON "ExportFileChunk"`);
      await h.db.prisma.$executeRawUnsafe(`DROP FUNCTION IF EXISTS ${fn}()`);
    }
  });

  it('a queue that cannot take the job: a 503 that says so with the logged id, never the queue error text', async () => {
    const broken: ExportQueue = {
      enqueue: () =>
        Promise.reject(new Error('relation "pgboss.job" does not exist at /srv/claimledger/node_modules/pg-boss/x.js:9')),
    };
    const refused = await requestExportFile(h.db.prisma, broken, h.actors.editor, { format: 'csv', articleId }, {}).catch(
      (e: unknown) => e,
    );
    expect(refused).toMatchObject({
      code: 'UNAVAILABLE',
      message: expect.stringMatching(/could not be queued.*logged with the id/),
    });
    expect((refused as Error).message).not.toMatch(/pgboss|node_modules|\.js:\d+/);
    const stored = await h.db.prisma.exportFile.findFirstOrThrow({
      where: { createdById: h.actors.editor.id ?? '' },
      orderBy: { createdAt: 'desc' },
    });
    expect(stored).toMatchObject({ status: 'failed', failure: (refused as Error).message });
  });
});
