import type { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaClient } from '../generated/prisma/client';

export type Database = {
  prisma: PrismaClient;
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
};

/** Prisma over an open PGlite; closing disconnects, closes PGlite, then runs `afterClose`. */
export function pgliteDatabase(client: PGlite, afterClose?: () => void): Database {
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(client) });
  return {
    prisma,
    kind: 'pglite',
    close: async () => {
      await prisma.$disconnect();
      await client.close();
      afterClose?.();
    },
  };
}

export function postgresDatabase(url: string): Database {
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  return { prisma, kind: 'postgres', close: () => prisma.$disconnect() };
}
