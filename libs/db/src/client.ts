import type { PrismaClient } from './generated/prisma/client';
import type { TransactionClient } from './generated/prisma/internal/prismaNamespace';

/** A Prisma client or an open transaction: what repositories run against. */
export type DbExecutor = PrismaClient | TransactionClient;
export type DbClient = PrismaClient;

/** Runs `work` in one transaction; services own transaction boundaries through this. */
export function runInTransaction<T>(db: DbClient, work: (tx: TransactionClient) => Promise<T>): Promise<T> {
  return db.$transaction(work, { timeout: 30_000, maxWait: 30_000 });
}
