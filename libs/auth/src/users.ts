import { ZCreateUserInput, parseInput, type TCreateUserInput, type TUser } from '@claimledger/contracts';
import { findUserByEmail, insertUser, type DbClient } from '@claimledger/db';
import { AppError } from '@claimledger/domain';
import { generatePassword, hashPassword } from './password';

/** Creates a user; without a password one is generated and returned once, never stored in clear. */
export async function createUser(db: DbClient, raw: TCreateUserInput): Promise<{ user: TUser; oneTimePassword: string | null }> {
  const input = parseInput(ZCreateUserInput, raw);
  if (await findUserByEmail(db, input.email))
    throw new AppError('CONFLICT', `A user with the email ${input.email} exists already.`);
  const oneTimePassword = input.password ? null : generatePassword();
  const passwordHash = await hashPassword(input.password ?? oneTimePassword ?? '');
  const user = await insertUser(db, {
    email: input.email,
    name: input.name ?? input.email.split('@')[0] ?? input.email,
    role: input.role,
    passwordHash,
  });
  return { user, oneTimePassword };
}
