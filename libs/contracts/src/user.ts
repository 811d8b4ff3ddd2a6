import { ROLES } from '@claimledger/domain';
import { z } from 'zod';
import { ZId } from './common';

export const ZRole = z.enum(ROLES);

export const ZUser = z.object({ id: ZId, email: z.email(), name: z.string(), role: ZRole });
export type TUser = z.infer<typeof ZUser>;

export const ZCreateUserInput = z.object({
  email: z.email().transform((e) => e.toLowerCase()),
  name: z.string().trim().min(1).max(200).optional(),
  role: ZRole,
  password: z.string().min(12, 'passwords need at least 12 characters').max(200).optional(),
});
export type TCreateUserInput = z.input<typeof ZCreateUserInput>;

export const ZSignInInput = z.object({
  email: z.email('enter an email address').transform((e) => e.toLowerCase()),
  password: z.string().min(1, 'enter your password').max(200),
});
export type TSignInInput = z.input<typeof ZSignInInput>;
