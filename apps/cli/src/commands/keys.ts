import type { Command } from 'commander';
import { createApiKey, listApiKeys, revokeApiKey } from '@claimledger/auth';
import { ZApiScope } from '@claimledger/contracts';
import { findUserByEmail, listUsers, type DbClient } from '@claimledger/db';
import { openMigratedDatabase } from '@claimledger/db/migrate';
import { AppError, type Actor } from '@claimledger/domain';

/** Keys belong to an admin: the one named with --by, else the first admin account. */
async function keyOwner(db: DbClient, email?: string): Promise<Actor> {
  const user = email ? await findUserByEmail(db, email.toLowerCase()) : (await listUsers(db)).find((u) => u.role === 'admin');
  if (!user)
    throw new AppError(
      'BAD_INPUT',
      email ? `No user ${email}.` : 'No admin account yet: create one with `claimledger users add --role admin`.',
    );
  if (user.role !== 'admin') throw new AppError('FORBIDDEN', `${user.email} is not an admin.`);
  return { id: user.id, label: user.email, role: user.role };
}

async function withDb(work: (db: DbClient) => Promise<void>): Promise<void> {
  const db = await openMigratedDatabase();
  try {
    await work(db.prisma);
  } finally {
    await db.close();
  }
}

export function registerKeys(program: Command): void {
  const keys = program.command('keys').description('manage API keys for consumers');
  keys
    .command('create')
    .description('create an API key; prints it once')
    .requiredOption('--name <name>', 'what the key is for')
    .requiredOption('--scopes <scopes>', 'comma-separated: claims:read, articles:read, articles:ingest, webhooks:manage')
    .option('--expires-in-days <days>', 'days until the key stops working')
    .option('--by <email>', 'the admin who owns the key (default: the first admin)')
    .action((options: { name: string; scopes: string; expiresInDays?: string; by?: string }) =>
      withDb(async (db) => {
        const scopes = options.scopes.split(',').map((s) => ZApiScope.parse(s.trim()));
        const expiresInDays = options.expiresInDays ? Number(options.expiresInDays) : undefined;
        const { key, token } = await createApiKey(db, await keyOwner(db, options.by), {
          name: options.name,
          scopes,
          expiresInDays,
        });
        console.log(
          `Created API key ${key.id} (${key.scopes.join(', ')}${key.expiresAt ? `, expires ${key.expiresAt.toISOString().slice(0, 10)}` : ''})`,
        );
        console.log(`Key (shown once, store it safely): ${token}`);
      }),
    );
  keys
    .command('list')
    .description('list API keys (prefixes only)')
    .action(() =>
      withDb(async (db) => {
        for (const k of await listApiKeys(db, await keyOwner(db))) {
          const status = k.revokedAt ? 'revoked' : k.expiresAt && k.expiresAt < new Date() ? 'expired' : 'active';
          console.log(
            `${k.id}\tclk_${k.prefix}_…\t${k.name}\t${k.scopes.join(',')}\t${status}\tlast used ${k.lastUsedAt?.toISOString() ?? 'never'}`,
          );
        }
      }),
    );
  keys
    .command('revoke <id>')
    .description('revoke an API key at once')
    .action((id: string) =>
      withDb(async (db) => {
        const key = await revokeApiKey(db, await keyOwner(db), id);
        console.log(`Revoked API key ${key.id} (clk_${key.prefix}_…)`);
      }),
    );
}
