import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { DEMO_PASSWORD, signIn } from '@claimledger/auth';
import { openMigratedDatabase } from '@claimledger/db/migrate';
import { describe, expect, it } from 'vitest';
import { useCliWorkspace } from './testing/cli-workspace';

// Its own embedded database: `demo` loads articles only into an empty one.
const ws = useCliWorkspace('claimledger-demo-', () => '', { PORT: '3101', CLAIMLEDGER_PUBLIC_URL: undefined });

const cli = async (...args: string[]) => {
  const result = await ws.cli(...args);
  if (result.code !== 0) throw new Error(`claimledger ${args.join(' ')} exited ${result.code}: ${result.stderr}`);
  return result.stdout;
};

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

    const out = path.join(ws.dir, 'published.jsonld');
    await cli('export', '--format', 'claimreview', '--state', 'approved', '-o', out);
    const reviews = JSON.parse(await readFile(out, 'utf8')) as Array<{ url: string }>;
    expect(reviews).toHaveLength(1);
    // Without CLAIMLEDGER_PUBLIC_URL, links follow PORT.
    expect(reviews[0]?.url).toMatch(/^http:\/\/localhost:3101\/published\//);

    const db = await openMigratedDatabase({ databaseUrl: undefined, dataDir: ws.env['CLAIMLEDGER_DATA_DIR'] ?? '' });
    try {
      const session = await signIn(db.prisma, { email: 'editor@demo.claimledger.org', password: DEMO_PASSWORD });
      expect(session.user.role).toBe('editor');
      expect(await db.prisma.article.count()).toBeGreaterThan(0);
    } finally {
      await db.close();
    }
  }, 600_000); // three CLI runs, each opening the embedded database and loading the NLP models
});
