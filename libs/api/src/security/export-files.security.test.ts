import { buffer } from 'node:stream/consumers';
import { uniqueSuffix } from '@claimledger/db/testing';
import { openExportFile } from '@claimledger/services';
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
