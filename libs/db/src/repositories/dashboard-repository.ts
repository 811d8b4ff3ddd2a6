import type { TDashboard } from '@claimledger/contracts';
import type { DbExecutor } from '../client';

type StateRow = { state: TDashboard['claimsByState'][number]['state']; count: number };
type ReviewerRow = { name: string; submitted: number; approved: number; sentBack: number };
type TimingRow = { published: number; medianHours: number | null; p90Hours: number | null };
type SeriesRow = TDashboard['verdictsByOutlet'][number];
type RepeatRow = TDashboard['repeats'][number];

/**
 * Every dashboard query is bounded by a time window and aggregated in the database with
 * GROUP BY over an index on that time column (Claim.createdAt, Review.createdAt,
 * Review.decidedAt): the cost grows with the claims of the window, not with all claims.
 */
export async function claimsByStateSince(db: DbExecutor, since: Date): Promise<StateRow[]> {
  return db.$queryRaw<StateRow[]>`
    SELECT "state", count(*)::int AS "count" FROM "Claim"
    WHERE "createdAt" >= ${since} GROUP BY "state" ORDER BY "state"`;
}

export async function reviewWorkSince(db: DbExecutor, since: Date): Promise<ReviewerRow[]> {
  return db.$queryRaw<ReviewerRow[]>`
    SELECT u."name" AS "name",
      count(*) FILTER (WHERE r."state" <> 'draft')::int AS "submitted",
      count(*) FILTER (WHERE r."state" = 'approved')::int AS "approved",
      count(*) FILTER (WHERE r."state" = 'rejected')::int AS "sentBack"
    FROM "Review" r JOIN "User" u ON u."id" = r."reviewerId"
    WHERE r."createdAt" >= ${since}
    GROUP BY u."id", u."name" ORDER BY "submitted" DESC, u."name" LIMIT 50`;
}

export async function timeToVerdictSince(db: DbExecutor, since: Date): Promise<TimingRow> {
  const rows = await db.$queryRaw<TimingRow[]>`
    SELECT count(*)::int AS "published",
      percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM r."decidedAt" - c."createdAt") / 3600) AS "medianHours",
      percentile_cont(0.9) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM r."decidedAt" - c."createdAt") / 3600) AS "p90Hours"
    FROM "Review" r JOIN "Claim" c ON c."id" = r."claimId"
    WHERE r."state" = 'approved' AND r."decidedAt" >= ${since}`;
  return rows[0] ?? { published: 0, medianHours: null, p90Hours: null };
}

/** Published verdicts by month and label for the ten outlets with the most of them. */
export async function verdictsByOutletSince(db: DbExecutor, since: Date): Promise<SeriesRow[]> {
  return db.$queryRaw<SeriesRow[]>`
    WITH published AS (
      SELECT to_char(date_trunc('month', r."decidedAt"), 'YYYY-MM') AS "month",
        coalesce(p."name", 'Unknown outlet') AS "group", l."name" AS "verdict", l."colour" AS "colour"
      FROM "Review" r
      JOIN "Claim" c ON c."id" = r."claimId"
      JOIN "Article" a ON a."id" = c."articleId"
      LEFT JOIN "Publisher" p ON p."id" = a."publisherId"
      JOIN "VerdictLabel" l ON l."id" = r."verdictLabelId"
      WHERE r."state" = 'approved' AND r."decidedAt" >= ${since}
    ), top AS (SELECT "group" FROM published GROUP BY "group" ORDER BY count(*) DESC, "group" LIMIT 10)
    SELECT "month", "group", "verdict", "colour", count(*)::int AS "count"
    FROM published WHERE "group" IN (SELECT "group" FROM top)
    GROUP BY "month", "group", "verdict", "colour" ORDER BY "month", "group", "verdict"`;
}

/** Published verdicts by month and label for the ten speakers with the most of them. */
export async function verdictsBySpeakerSince(db: DbExecutor, since: Date): Promise<SeriesRow[]> {
  return db.$queryRaw<SeriesRow[]>`
    WITH published AS (
      SELECT to_char(date_trunc('month', r."decidedAt"), 'YYYY-MM') AS "month",
        coalesce(c."speaker", 'Unattributed') AS "group", l."name" AS "verdict", l."colour" AS "colour"
      FROM "Review" r
      JOIN "Claim" c ON c."id" = r."claimId"
      JOIN "VerdictLabel" l ON l."id" = r."verdictLabelId"
      WHERE r."state" = 'approved' AND r."decidedAt" >= ${since}
    ), top AS (SELECT "group" FROM published GROUP BY "group" ORDER BY count(*) DESC, "group" LIMIT 10)
    SELECT "month", "group", "verdict", "colour", count(*)::int AS "count"
    FROM published WHERE "group" IN (SELECT "group" FROM top)
    GROUP BY "month", "group", "verdict", "colour" ORDER BY "month", "group", "verdict"`;
}

/**
 * Checked claims said again: groups of matched claims (ClaimGroup, filled by claim tracking)
 * with a claim in the window and more than one claim, one of them published.
 */
export async function repeatedClaimsSince(db: DbExecutor, since: Date): Promise<RepeatRow[]> {
  return db.$queryRaw<RepeatRow[]>`
    SELECT g."id" AS "groupId", g."canonicalText" AS "text", count(c."id")::int AS "claims", max(c."createdAt") AS "lastSeen"
    FROM "ClaimGroup" g JOIN "Claim" c ON c."groupId" = g."id"
    WHERE g."id" IN (SELECT DISTINCT "groupId" FROM "Claim" WHERE "groupId" IS NOT NULL AND "createdAt" >= ${since})
    GROUP BY g."id", g."canonicalText"
    HAVING count(c."id") > 1 AND bool_or(c."state" = 'approved')
    ORDER BY "lastSeen" DESC LIMIT 20`;
}
