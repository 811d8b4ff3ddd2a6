import { API_SCOPES } from '@claimledger/domain';
import { z } from 'zod';
import { ZId } from './common';

export const ZApiScope = z.enum(API_SCOPES);

export const ZApiKey = z.object({
  id: ZId,
  name: z.string(),
  /** Shown in lists so people can tell keys apart; the secret is never stored. */
  prefix: z.string(),
  scopes: z.array(ZApiScope),
  expiresAt: z.date().nullable(),
  revokedAt: z.date().nullable(),
  lastUsedAt: z.date().nullable(),
  createdAt: z.date(),
  createdBy: z.string(),
});
export type TApiKey = z.infer<typeof ZApiKey>;

export const ZCreateApiKeyInput = z.object({
  name: z.string().trim().min(1, 'name the key').max(100),
  scopes: z.array(ZApiScope).min(1, 'give the key at least one scope'),
  /** Days until the key stops working; none means it never expires. */
  expiresInDays: z.number().int().min(1).max(3650).optional(),
});
export type TCreateApiKeyInput = z.input<typeof ZCreateApiKeyInput>;

/** The new key with its token, shown once. */
export const ZCreatedApiKey = z.object({ key: ZApiKey, token: z.string() });
export type TCreatedApiKey = z.infer<typeof ZCreatedApiKey>;

export const ZApiKeyIdInput = z.object({ id: ZId });
