import { existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const ZDbEnv = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgresql:// URL')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  CLAIMLEDGER_DATA_DIR: z.string().min(1).optional(),
});

/** The workspace root: the nearest folder above this code (or `from`) that holds nx.json. */
export function findWorkspaceRoot(from: string = import.meta.dirname ?? process.cwd()): string {
  let dir = path.resolve(/*turbopackIgnore: true*/ from);
  while (!existsSync(path.join(dir, 'nx.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) return path.resolve(/*turbopackIgnore: true*/ from);
    dir = parent;
  }
  return dir;
}

export type DbEnv = { databaseUrl: string | undefined; dataDir: string };

export function readDbEnv(source: NodeJS.ProcessEnv = process.env): DbEnv {
  const env = ZDbEnv.parse({ DATABASE_URL: source.DATABASE_URL, CLAIMLEDGER_DATA_DIR: source.CLAIMLEDGER_DATA_DIR });
  return {
    databaseUrl: env.DATABASE_URL,
    dataDir: path.resolve(
      /*turbopackIgnore: true*/ env.CLAIMLEDGER_DATA_DIR ?? path.join(findWorkspaceRoot(), '.data', 'pglite'),
    ),
  };
}

/** Where the schema and the committed migrations live. */
export function migrationPaths(root = findWorkspaceRoot()) {
  return {
    schemaDir: path.join(/*turbopackIgnore: true*/ root, 'prisma', 'schema'),
    migrationsDir: path.join(/*turbopackIgnore: true*/ root, 'prisma', 'migrations'),
  };
}

/** The same server URL pointing at another database (shadow, per-run and per-test databases). */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
