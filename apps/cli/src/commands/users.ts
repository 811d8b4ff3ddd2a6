import type { Command } from 'commander';
import { createUser } from '@claimledger/auth';
import { ZCreateUserInput, parseInput } from '@claimledger/contracts';
import { listUsers } from '@claimledger/db';
import { openMigratedDatabase } from '@claimledger/db/migrate';

type AddOptions = { email: string; role: string; name?: string };

export function registerUsers(program: Command): void {
  const users = program.command('users').description('manage user accounts');
  users
    .command('add')
    .description('create a user; prints a one-time password to hand over')
    .requiredOption('--email <email>', 'sign-in email')
    .requiredOption('--role <role>', 'admin, editor, reviewer or viewer')
    .option('--name <name>', 'display name')
    .action(async (options: AddOptions) => {
      const input = parseInput(ZCreateUserInput, { email: options.email, role: options.role, name: options.name });
      const db = await openMigratedDatabase();
      try {
        const { user, oneTimePassword } = await createUser(db.prisma, input);
        console.log(`Created ${user.role} ${user.email} (${user.id})`);
        console.log(`One-time password (shown once, store it safely): ${oneTimePassword}`);
      } finally {
        await db.close();
      }
    });
  users
    .command('list')
    .description('list user accounts')
    .action(async () => {
      const db = await openMigratedDatabase();
      try {
        for (const u of await listUsers(db.prisma)) console.log(`${u.email}\t${u.role}\t${u.name}`);
      } finally {
        await db.close();
      }
    });
}
