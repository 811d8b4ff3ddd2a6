import type { DbExecutor } from '../client';
import { auditRowsSql, type AuditEntry } from './audit-repository';
import { newId } from './new-id';

/** A claim or fact-check as placing found it, locked: its tracked claim and when it was seen. */
export type LockedRow = { groupId: string | null; seenAt: Date };

export type PlacingState = {
  claims: Map<string, LockedRow>;
  factChecks: Map<string, LockedRow>;
  /** Per claim of the batch: tracked claim → status of the suggestion pairs it has. */
  pairs: Map<string, Map<string, string>>;
};

type Row = {
  part: 'claim' | 'factCheck' | 'pair';
  id: string;
  groupId: string | null;
  seenAt: Date | null;
  status: string | null;
};

/**
 * What placing an article's claims reads, in one statement, at the start of its transaction: the
 * claims and fact-checks it may change, locked (claims first, then fact-checks, each in id order,
 * so placings never deadlock: two ingests whose claims are each other's candidates take turns
 * and the second sees what the first did), and the batch's suggestion pairs.
 */
export async function lockPlacing(
  db: DbExecutor,
  input: { claimIds: string[]; factCheckIds: string[]; pairsOf: string[] },
): Promise<PlacingState> {
  const unique = (ids: string[]) => [...new Set(ids)];
  const rows = await db.$queryRaw<Row[]>`
    SELECT 'claim' AS "part", l.* FROM (
      SELECT c."id", c."groupId", coalesce(a."publishedAt", c."createdAt") AS "seenAt", NULL::text AS "status"
      FROM "Claim" c JOIN "Article" a ON a."id" = c."articleId"
      WHERE c."id" = ANY(${unique(input.claimIds)}::text[]) ORDER BY c."id" FOR NO KEY UPDATE OF c) l
    UNION ALL
    SELECT 'factCheck', l.* FROM (
      SELECT f."id", f."groupId", coalesce(f."reviewDate", f."importedAt"), NULL::text
      FROM "ImportedFactCheck" f
      WHERE f."id" = ANY(${unique(input.factCheckIds)}::text[]) ORDER BY f."id" FOR NO KEY UPDATE) l
    UNION ALL
    SELECT 'pair', s."claimId", s."groupId", NULL::timestamp(3), s."status"::text
    FROM "MatchSuggestion" s WHERE s."claimId" = ANY(${unique(input.pairsOf)}::text[])`;
  const state: PlacingState = {
    claims: new Map(),
    factChecks: new Map(),
    pairs: new Map(input.pairsOf.map((id) => [id, new Map()])),
  };
  for (const row of rows) {
    if (row.part === 'pair') state.pairs.get(row.id)?.set(row.groupId ?? '', row.status ?? '');
    else
      state[row.part === 'claim' ? 'claims' : 'factChecks'].set(row.id, {
        groupId: row.groupId,
        seenAt: row.seenAt ?? new Date(0),
      });
  }
  return state;
}

export type PlacingWrites = {
  /** New tracked claims, with ids the caller made (newId), so its other writes can name them. */
  groups: Array<{ id: string; canonicalText: string; firstSeenAt: Date; lastSeenAt: Date }>;
  claims: Array<{ claimId: string; groupId: string; matchScore: number | null; valueChange: boolean; isRepeat: boolean }>;
  factChecks: Array<{ id: string; groupId: string }>;
  audits: AuditEntry[];
  suggestions: Array<{ claimId: string; groupId: string; score: number; valueChange: boolean; matcherVersion: string }>;
  /** Existing tracked claims whose first and last seen take in new appearances. */
  widen: Array<{ groupId: string; at: Date }>;
};

/**
 * Everything placing writes, in one statement of fixed text (each part one JSON parameter):
 * the new tracked claims, the claims' and fact-checks' links, the audit entries, the suggestions
 * (pairs already there are skipped; the inserted ones returned) and the widened first and last seen of existing tracked claims (locked in id order,
 * the lock a claim's reference to its tracked claim does not block, so ingests joining the same
 * tracked claims queue instead of deadlocking; LEAST and GREATEST apply to the latest committed
 * row). The statement's parts see the same snapshot; the references to the tracked claims made
 * here are checked at its end.
 */
export async function writePlacing(db: DbExecutor, writes: PlacingWrites): Promise<Array<{ claimId: string; groupId: string }>> {
  const now = new Date();
  const json = (rows: unknown[]) => JSON.stringify(rows);
  const groups = writes.groups.map((g) => ({
    id: g.id,
    text: g.canonicalText,
    first: g.firstSeenAt.toISOString(),
    last: g.lastSeenAt.toISOString(),
  }));
  const suggestions = writes.suggestions.map((s) => ({ ...s, id: newId() }));
  const widen = json(writes.widen.map((w) => ({ g: w.groupId, at: w.at.toISOString() })));
  return db.$queryRaw<Array<{ claimId: string; groupId: string }>>`
    WITH "groups" AS (
      INSERT INTO "ClaimGroup" ("id", "canonicalText", "firstSeenAt", "lastSeenAt", "createdAt", "updatedAt")
      SELECT r."id", r."text", r."first"::timestamptz AT TIME ZONE 'UTC', r."last"::timestamptz AT TIME ZONE 'UTC', ${now}, ${now}
      FROM jsonb_to_recordset(${json(groups)}::jsonb) AS r("id" text, "text" text, "first" text, "last" text)
    ), "claims" AS (
      UPDATE "Claim" c SET "groupId" = v."g", "matchScore" = v."s", "valueChange" = v."vc", "isRepeat" = v."r", "updatedAt" = ${now}
      FROM jsonb_to_recordset(${json(writes.claims.map((l) => ({ id: l.claimId, g: l.groupId, s: l.matchScore, vc: l.valueChange, r: l.isRepeat })))}::jsonb)
        AS v("id" text, "g" text, "s" float8, "vc" bool, "r" bool)
      WHERE c."id" = v."id"
    ), "factChecks" AS (
      UPDATE "ImportedFactCheck" f SET "groupId" = v."g", "updatedAt" = ${now}
      FROM jsonb_to_recordset(${json(writes.factChecks.map((l) => ({ id: l.id, g: l.groupId })))}::jsonb) AS v("id" text, "g" text)
      WHERE f."id" = v."id"
    ), "audits" AS (
      ${auditRowsSql(writes.audits, now)}
    ), "widened" AS (
      UPDATE "ClaimGroup" g SET "firstSeenAt" = LEAST(g."firstSeenAt", v."first"), "lastSeenAt" = GREATEST(g."lastSeenAt", v."last"),
        "updatedAt" = ${now}
      FROM (
        SELECT x."g" AS "id", min(x."at"::timestamptz AT TIME ZONE 'UTC') AS "first", max(x."at"::timestamptz AT TIME ZONE 'UTC') AS "last"
        FROM jsonb_to_recordset(${widen}::jsonb) AS x("g" text, "at" text) GROUP BY x."g"
      ) v, (
        SELECT l."id" FROM "ClaimGroup" l
        WHERE l."id" IN (SELECT x."g" FROM jsonb_to_recordset(${widen}::jsonb) AS x("g" text))
        ORDER BY l."id" FOR NO KEY UPDATE
      ) locked
      WHERE g."id" = v."id" AND locked."id" = v."id"
    )
    INSERT INTO "MatchSuggestion" ("id", "claimId", "groupId", "score", "valueChange", "matcherVersion", "createdAt")
    SELECT s."id", s."claimId", s."groupId", s."score", s."valueChange", s."matcherVersion", ${now}
    FROM jsonb_to_recordset(${json(suggestions)}::jsonb)
      AS s("id" text, "claimId" text, "groupId" text, "score" float8, "valueChange" bool, "matcherVersion" text)
    ON CONFLICT ("claimId", "groupId") DO NOTHING
    RETURNING "claimId", "groupId"`;
}
