import { spendApiKeyRequest, type DbClient } from '@claimledger/db';
import { TOKEN, identifyApiKey, keyActor, sha256, type ApiKeyActor } from './api-keys';
import { consumeRateLimit, rateLimitBucket, rateLimitResult, type RateLimitPolicy, type RateLimitResult } from './rate-limit';

/**
 * identifyApiKey, then one request spent from the key's budget (its last use stamped): what
 * every API request does before its scope is checked. A usable key takes one statement; any
 * other token takes the slow path, which throws identifyApiKey's 401 with its reason.
 */
export async function spendApiKey(
  db: DbClient,
  token: string | null,
  policy: RateLimitPolicy,
): Promise<ApiKeyActor & { budget: RateLimitResult }> {
  const prefix = token ? TOKEN.exec(token)?.[1] : undefined;
  const spent =
    token && prefix
      ? await spendApiKeyRequest(
          db,
          { prefix, hash: sha256(token).toString('hex') },
          { prefix: rateLimitBucket.apiKey(''), windowSeconds: policy.windowSeconds },
        )
      : null;
  if (spent) {
    const { createdById, count, resetSeconds, ...key } = spent;
    return {
      key,
      actor: keyActor(key),
      ownerId: createdById,
      budget: rateLimitResult(policy, count, count <= policy.limit, resetSeconds),
    };
  }
  // Throws for an unknown, wrong, revoked or expired key. A key that passes here (its expiry
  // fell between the two clocks' readings) is charged as usual.
  const identified = await identifyApiKey(db, token, new Date(), { recordUse: false });
  return {
    ...identified,
    budget: await consumeRateLimit(db, rateLimitBucket.apiKey(identified.key.id), policy, identified.key.id),
  };
}
