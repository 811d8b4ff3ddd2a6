import { readFile, stat, writeFile, truncate } from 'node:fs/promises';
import path from 'node:path';
import { signIn } from '@claimledger/auth';
import { importClaimReviewText } from '@claimledger/services';
import type { Database } from '@claimledger/db';
import { openMigratedDatabase as openDatabase } from '@claimledger/db/migrate';
import { testDatabaseUrl } from '@claimledger/db/testing';
import { describe, expect, it } from 'vitest';
import { useCliWorkspace } from './testing/cli-workspace';

const ws = useCliWorkspace('claimledger-cli-', () => testDatabaseUrl() ?? '');
const cli = ws.cli;

/** Opens the same database the CLI uses, after the CLI has exited. */
async function withDb<T>(use: (db: Database) => Promise<T>): Promise<T> {
  const db = await openDatabase({
    databaseUrl: ws.env['DATABASE_URL'] || undefined,
    dataDir: ws.env['CLAIMLEDGER_DATA_DIR'] ?? '',
  });
  try {
    return await use(db);
  } finally {
    await db.close();
  }
}

const countArticles = () => withDb((db) => db.prisma.article.count());

describe('claimledger users', () => {
  it('adds a user with a one-time password that signs in, and lists users', async () => {
    const email = `admin.${Date.now()}@example.org`;
    const added = await cli('users', 'add', '--email', email, '--role', 'admin');
    expect(added.stderr).toBe('');
    const password = /One-time password \(shown once, store it safely\): (\S+)/.exec(added.stdout)?.[1];
    expect(password).toBeTruthy();
    const session = await withDb((db) => signIn(db.prisma, { email, password: password ?? '' }));
    expect(session.user.role).toBe('admin');
    expect((await cli('users', 'list')).stdout).toContain(`${email}\tadmin`);
    const again = await cli('users', 'add', '--email', email, '--role', 'viewer');
    expect(again.code).not.toBe(0);
    expect(again.stderr).toMatch(/exists already/);
    const badRole = await cli('users', 'add', '--email', `x${email}`, '--role', 'overlord');
    expect(badRole.code).not.toBe(0);
    expect(badRole.stderr).toMatch(/role/);
  });
});

describe('claimledger ingest', () => {
  it('stores a text file, prints the article id and its claims, and is idempotent', async () => {
    const file = path.join(ws.dir, `budget-${Date.now()}.txt`);
    await writeFile(
      file,
      `Budget vote ${file}\n\nThe council approved $412 million for schools, up 38 percent on 2020, Mayor Ana Marsh said.\n`,
    );
    const first = await cli(
      'ingest',
      file,
      '--published-at',
      '2025-03-14',
      '--publisher',
      'Ledger',
      '--url',
      'https://example.org/budget',
    );
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const id = /Stored article (\w+)/.exec(first.stdout)?.[1];
    expect(id).toBeTruthy();
    expect(first.stdout).toMatch(/\$412 million/);
    expect(first.stdout).toMatch(/412000000/);
    const again = await cli('ingest', file);
    expect(again.stdout).toContain(`Already stored article ${id}`);
    const stored = await withDb((db) =>
      db.prisma.article.findUniqueOrThrow({ where: { id: id ?? '' }, include: { publisher: true } }),
    );
    expect(stored.publisher?.name).toBe('Ledger');
    expect(stored.publishedAt?.toISOString().slice(0, 10)).toBe('2025-03-14');
  });

  it('reads HTML from stdin-like files with Readability and --json output', async () => {
    const file = path.join(ws.dir, `page-${Date.now()}.html`);
    await writeFile(
      file,
      `<html><head><title>Ferry ${file}</title></head><body><nav>Menu Login</nav><article><p>The ferry carried 1.2 million passengers last year, the operator said on Monday in its annual report.</p><p>It plans to add two boats by 2027.</p></article></body></html>`,
    );
    const result = await cli('ingest', file, '--json');
    expect(result.code).toBe(0);
    const parsed = JSON.parse(result.stdout) as { created: boolean; article: { text: string; claims: Array<{ value: number }> } };
    expect(parsed.created).toBe(true);
    expect(parsed.article.text).not.toContain('Menu Login');
    expect(parsed.article.claims.map((c) => c.value)).toContain(1_200_000);
  });

  it.each([
    ['an empty file', async (f: string) => writeFile(f, ''), [], /the article is empty/],
    [
      'a binary file',
      async (f: string) => writeFile(f, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff])),
      [],
      /binary file/,
    ],
    [
      'a huge file',
      async (f: string) => {
        await writeFile(f, '');
        await truncate(f, 5 * 1024 * 1024);
      },
      [],
      /MiB; the limit is 2 MiB/,
    ],
    ['an unknown flag', async (f: string) => writeFile(f, 'Prices rose 5 percent.'), ['--bogus'], /unknown option '--bogus'/],
    [
      'a bad date',
      async (f: string) => writeFile(f, 'Prices rose 5 percent.'),
      ['--published-at', 'yesterday-ish'],
      /publishedAt must be a date/,
    ],
    [
      'a date past 9999',
      async (f: string) => writeFile(f, 'Prices rose 5 percent.'),
      ['--published-at', '10000-01-01'],
      /publishedAt must lie between 1800-01-01 and tomorrow/,
    ],
    ['a missing file', async () => undefined, [], /No such file/],
  ])('refuses %s with a clear error and changes nothing', async (_name, prepare, extra, message) => {
    const before = await countArticles();
    const file = path.join(ws.dir, `bad-${Math.random().toString(36).slice(2)}.txt`);
    await prepare(file);
    const result = await cli('ingest', file, ...extra);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(message);
    expect(await countArticles()).toBe(before);
  });
});

describe('claimledger export', () => {
  it('writes CSV, Markdown, PDF and ClaimReview reports for an article, and refuses a bad format', async () => {
    const file = path.join(ws.dir, `export-${Date.now()}.txt`);
    await writeFile(file, `Export ${file}\n\nThe city planted 12,000 trees in 2024, the parks office said.\n`);
    const id = /Stored article (\w+)/.exec((await cli('ingest', file, '--url', 'https://example.org/trees')).stdout)?.[1] ?? '';
    const csvFile = path.join(ws.dir, 'report.csv');
    const csv = await cli('export', '--format', 'csv', '--article', id, '-o', csvFile);
    expect(csv.stderr).toBe('');
    expect(csv.stdout).toMatch(/^Wrote \d+ claims to /);
    const lines = (await readFile(csvFile, 'utf8')).trim().split('\n');
    expect(lines[0]).toMatch(/^claim_id,claim,kinds,/);
    expect(lines.some((l) => l.includes('12,000 trees'))).toBe(true);
    const mdFile = path.join(ws.dir, 'report.md');
    await cli('export', '--format', 'markdown', '--article', id, '-o', mdFile, '--title', 'Trees check');
    expect(await readFile(mdFile, 'utf8')).toMatch(/^# Trees check/);
    const pdfFile = path.join(ws.dir, 'report.pdf');
    await cli('export', '--format', 'pdf', '--article', id, '-o', pdfFile);
    expect((await readFile(pdfFile)).subarray(0, 5).toString()).toBe('%PDF-');
    const jsonFile = path.join(ws.dir, 'report.jsonld');
    await cli('export', '--format', 'claimreview', '--article', id, '-o', jsonFile);
    expect(JSON.parse(await readFile(jsonFile, 'utf8'))).toEqual([]);
    const bad = await cli('export', '--format', 'docx', '-o', path.join(ws.dir, 'x.docx'));
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/format/);
    await expect(stat(path.join(ws.dir, 'x.docx'))).rejects.toThrow();
  }, 300_000); // several CLI processes in turn: past two minutes on a loaded machine
});

describe('claimledger keys', () => {
  it('creates a key shown once, lists it by prefix and revokes it', async () => {
    await cli('users', 'add', '--email', `keys.${Date.now()}@example.org`, '--role', 'admin');
    const created = await cli(
      'keys',
      'create',
      '--name',
      'Widget',
      '--scopes',
      'claims:read,articles:read',
      '--expires-in-days',
      '30',
    );
    expect(created.stderr).toBe('');
    const token = /Key \(shown once, store it safely\): (clk_(\w{10})_\S+)/.exec(created.stdout);
    const id = /Created API key (\w+) \(claims:read, articles:read, expires \d{4}-\d{2}-\d{2}\)/.exec(created.stdout)?.[1];
    expect(token && id).toBeTruthy();
    const listed = (await cli('keys', 'list')).stdout;
    expect(listed).toContain(`${id}\tclk_${token?.[2]}_…\tWidget\tclaims:read,articles:read\tactive`);
    expect(listed).not.toContain(token?.[1]);
    expect((await cli('keys', 'revoke', id ?? '')).stdout).toContain(`Revoked API key ${id}`);
    expect((await cli('keys', 'list')).stdout).toContain(
      `${id}\tclk_${token?.[2]}_…\tWidget\tclaims:read,articles:read\trevoked`,
    );
    const bad = await cli('keys', 'create', '--name', 'x', '--scopes', 'claims:write');
    expect(bad.code).toBe(1);
  }, 300_000); // several CLI processes in turn: past two minutes on a loaded machine
});

describe('claimledger import claimreview', () => {
  it('imports every good record of a file with broken lines, reports each bad line, and is idempotent on the review URL', async () => {
    const tag = Date.now().toString(36);
    const review = (n: number, claim = `The ${tag} ministry hired ${n} thousand nurses in 2022.`, datePublished = '2023-02-01') =>
      JSON.stringify({
        '@context': 'https://schema.org',
        '@type': 'ClaimReview',
        url: `https://checks.example.org/${tag}/${n}`,
        claimReviewed: claim,
        author: { '@type': 'Organization', name: 'Example Checks' },
        datePublished,
        reviewRating: { alternateName: 'Misleading', ratingValue: 2, bestRating: 5, worstRating: 1 },
      });
    const file = path.join(ws.dir, 'reviews.jsonl');
    // Dates the database cannot hold (year 0 and before, past 9999) are refused lines, not a failed import.
    const lines = [review(1), '{"@type": "ClaimReview", broken', review(2), review(3, ''), review(5, undefined, '-000001-01-01')];
    await writeFile(file, [...lines, review(6, undefined, '10000-01-01'), review(4)].join('\n'));
    const first = await cli('import', 'claimreview', file);
    expect(first.code).toBe(1);
    expect(first.stdout).toMatch(/Imported 3 new, updated 0, refused 4\./);
    expect(first.stderr).toMatch(new RegExp(`reviews.jsonl:2: not JSON`));
    expect(first.stderr).toMatch(new RegExp(`reviews.jsonl:4: claimReviewed is empty`));
    expect(first.stderr).toMatch(new RegExp(`reviews.jsonl:5: datePublished: must lie between 1800-01-01 and tomorrow`));
    expect(first.stderr).toMatch(new RegExp(`reviews.jsonl:6: datePublished: must lie between`));
    expect(first.stderr).not.toMatch(/prisma|invocation|22008/i);
    // Idempotent on the review URL (run in-process: a second CLI start costs a full database open).
    const again = await withDb(async (db) => importClaimReviewText(db.prisma, await readFile(file, 'utf8'), null));
    expect(again).toMatchObject({ imported: 0, updated: 3, refused: [{ line: 2 }, { line: 4 }, { line: 5 }, { line: 6 }] });
    const stored = await withDb((db) =>
      db.prisma.importedFactCheck.findMany({
        where: { reviewUrl: { startsWith: `https://checks.example.org/${tag}/` } },
        orderBy: { reviewUrl: 'asc' },
      }),
    );
    expect(stored.map((s) => s.reviewUrl.split('/').pop())).toEqual(['1', '2', '4']);
    expect(stored[0]).toMatchObject({ publisherName: 'Example Checks', ratingName: 'Misleading', ratingValue: 2 });
  }, 300_000);
});
