import { ZRole } from '@claimledger/contracts';
import { z } from 'zod';
import { publicProcedure } from '../../trpc';

export const ZActorView = z.object({ id: z.string().nullable(), label: z.string(), role: ZRole }).nullable();

/** Who the request is signed in as; null when signed out. */
export const meProcedure = publicProcedure.output(ZActorView).query(({ ctx }) => ctx.actor);
