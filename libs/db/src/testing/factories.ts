import type { Actor, Role } from '@claimledger/domain';
import type { DbClient } from '../client';
import { uniqueSuffix } from './test-database';

/** A user of the given role, returned as the actor services expect. */
export async function createTestActor(db: DbClient, role: Role, name: string = role): Promise<Actor> {
  const email = `${role}.${uniqueSuffix()}@example.org`;
  const user = await db.user.create({ data: { email, name, role }, select: { id: true } });
  return { id: user.id, label: email, role };
}
