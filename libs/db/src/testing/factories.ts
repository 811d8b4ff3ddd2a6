import type { Actor, Role } from '@claimledger/domain';
import type { DbClient } from '../client';
import { uniqueSuffix } from './test-database';

/** A user of the given role, returned as the actor services expect. */
export async function createTestActor(db: DbClient, role: Role, name: string = role): Promise<Actor> {
  const email = `${role}.${uniqueSuffix()}@example.org`;
  const user = await db.user.create({ data: { email, name, role }, select: { id: true } });
  return { id: user.id, label: email, role };
}

/** An admin for benchmarks, outside vitest. */
export async function createTestActorForBench(db: DbClient): Promise<Actor> {
  const user = await db.user.create({
    data: { email: `bench-admin-${Date.now()}@example.org`, name: 'Bench admin', role: 'admin' },
    select: { id: true, email: true },
  });
  return { id: user.id, label: user.email, role: 'admin' };
}
