import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { testDatabaseUrl, uniqueSuffix } from '@claimledger/db/testing';
import { describe, expect, it } from 'vitest';
import { useCliWorkspace } from './testing/cli-workspace';

const ws = useCliWorkspace('claimledger-bulk-', () => testDatabaseUrl() ?? '');
const cli = ws.cli;

const article = (tag: string, n: number) =>
  `Harbour report ${tag} ${n}.\n\nThe port handled ${n + 3}.2 million containers last year, up 4 percent, the authority said on Monday. ` +
  `Its budget rose to $${n + 10} million in 2023.`;

describe('claimledger ingest --jsonl / --dir', () => {
  it('ingests good lines, counts duplicates, refuses bad lines with line and reason, and a re-run stores nothing twice', async () => {
    const tag = uniqueSuffix();
    const lines = [
      JSON.stringify({ text: article(tag, 1), title: 'One', publisher: 'Harbour Times', publishedAt: '2024-01-02' }),
      '{"text": "broken json',
      JSON.stringify({
        html: `<html><head><title>Two</title></head><body><article><p>${article(tag, 2)}</p></article></body></html>`,
        url: `https://news.example.org/${tag}/2`,
      }),
      JSON.stringify({ title: 'no body' }),
      JSON.stringify({ text: article(tag, 1) }),
      '',
      JSON.stringify({ text: article(tag, 3), publishedAt: '1066-10-14' }),
      JSON.stringify({ text: article(tag, 4) }),
    ];
    const file = path.join(ws.dir, `bulk-${tag}.jsonl`);
    await writeFile(file, lines.join('\n'));

    const first = await cli('ingest', '--jsonl', file);
    expect(first.stdout).toContain('3 ingested, 1 duplicates, 3 refused');
    expect(first.stdout).toMatch(new RegExp(`refused bulk-${tag}.jsonl:2: not a JSON object`));
    expect(first.stdout).toMatch(new RegExp(`refused bulk-${tag}.jsonl:4: .*exactly one of "text" or "html"`));
    expect(first.stdout).toMatch(new RegExp(`refused bulk-${tag}.jsonl:7: publishedAt`));
    expect(first.code).toBe(1);
    // Progress on stderr: done/total, rate and ETA.
    expect(first.stderr).toMatch(/7\/7 [\d.]+ articles\/s ETA/);

    const again = await cli('ingest', '--jsonl', file, '--json');
    const summary = JSON.parse(again.stdout) as { ingested: number; duplicates: number; refused: { where: string }[] };
    expect(summary).toMatchObject({ ingested: 0, duplicates: 4 });
    expect(summary.refused.map((r) => r.where)).toEqual([`bulk-${tag}.jsonl:2`, `bulk-${tag}.jsonl:4`, `bulk-${tag}.jsonl:7`]);
  });

  it('ingests a directory: text, HTML and JSONL files; other files are left alone', async () => {
    const tag = uniqueSuffix();
    const dir = path.join(ws.dir, `dir-${tag}`);
    await mkdir(dir);
    await writeFile(path.join(dir, 'a.txt'), article(tag, 10));
    await writeFile(path.join(dir, 'b.html'), `<html><body><article><p>${article(tag, 11)}</p></article></body></html>`);
    await writeFile(path.join(dir, 'c.jsonl'), `${JSON.stringify({ text: article(tag, 12) })}\nnot json\n`);
    await writeFile(path.join(dir, 'd.png'), 'not an article');
    const result = await cli('ingest', '--dir', dir);
    expect(result.stdout).toContain('3 ingested, 0 duplicates, 1 refused');
    expect(result.stdout).toContain('refused c.jsonl:2: not a JSON object');
  });

  it('refuses a missing file or directory before opening the database', async () => {
    expect(await cli('ingest', '--jsonl', path.join(ws.dir, 'missing.jsonl'))).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/No such file/),
    });
    expect(await cli('ingest', '--dir', path.join(ws.dir, 'missing'))).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/Not a directory/),
    });
  });
});
