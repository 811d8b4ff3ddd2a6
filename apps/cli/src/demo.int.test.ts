import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { DEMO_PASSWORD, signIn } from '@claimledger/auth';
import { openMigratedDatabase } from '@claimledger/db/migrate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const BIN = path.resolve(import.meta.dirname, '../bin/claimledger.js');

let work: string;
let env: NodeJS.ProcessEnv;

// Its own embedded database: `demo` loads articles only into an empty one.
beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'claimledger-demo-'));
  env = { ...process.env, DATABASE_URL: '', CLAIMLEDGER_DATA_DIR: path.join(work, 'pglite'), PORT: '3101' };
  delete env['CLAIMLEDGER_PUBLIC_URL'];
});
afterAll(() => rm(work, { recursive: true, force: true }));

const cli = async (...args: string[]) => (await run(process.execPath, [BIN, ...args], { env, cwd: work })).stdout;

describe('claimledger demo', () => {
  it('loads the demo articles, accounts and reviews once, so exports work without the web server', async () => {
    const first = await cli('demo');
    expect(first).toMatch(/Loaded \d+ demo articles\./);
    expect(first).toContain('Created 4 demo accounts');
    expect(first).toContain('Added the demo reviews');

    const second = await cli('demo');
    expect(second).toContain('Articles exist already');
    expect(second).toContain('The demo accounts exist already.');
    expect(second).toContain('none added');

    const out = path.join(work, 'published.jsonld');
    await cli('export', '--format', 'claimreview', '--state', 'approved', '-o', out);
    const reviews = JSON.parse(await readFile(out, 'utf8')) as Array<{ url: string }>;
    expect(reviews).toHaveLength(1);
    // Without CLAIMLEDGER_PUBLIC_URL, links follow PORT.
    expect(reviews[0]?.url).toMatch(/^http:\/\/localhost:3101\/published\//);

    const db = await openMigratedDatabase({ databaseUrl: undefined, dataDir: env['CLAIMLEDGER_DATA_DIR'] ?? '' });
    try {
      const session = await signIn(db.prisma, { email: 'editor@demo.claimledger.org', password: DEMO_PASSWORD });
      expect(session.user.role).toBe('editor');
      expect(await db.prisma.article.count()).toBeGreaterThan(0);
    } finally {
      await db.close();
    }
  }, 600_000); // three CLI runs, each opening the embedded database and loading the NLP models
});
