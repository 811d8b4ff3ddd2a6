import type {
  TAppearance,
  TImportedFactCheck,
  TMatchSettings,
  TMatchSuggestion,
  TVerdictHistoryEntry,
} from '@claimledger/contracts';
import type { DbExecutor } from '../client';
import { queryRows } from '../connection/hot-sql';
import { Prisma } from '../generated/prisma/client';

export const DEFAULT_MATCH_SETTINGS = { autoThreshold: 0.85, suggestThreshold: 0.55 } as const;

/** The thresholds in force (raw, queryRows: read at the start of every ingest's matching). */
export async function findMatchSettings(db: DbExecutor): Promise<TMatchSettings> {
  const [row] = await queryRows<{ autoThreshold: number; suggestThreshold: number; updatedAt: Date }>(
    db,
    Prisma.sql`SELECT "autoThreshold", "suggestThreshold", "updatedAt" FROM "MatchSettings" WHERE "id" = 'default'`,
  );
  return row
    ? { autoThreshold: row.autoThreshold, suggestThreshold: row.suggestThreshold, updatedAt: row.updatedAt }
    : { ...DEFAULT_MATCH_SETTINGS, updatedAt: null };
}

export async function saveMatchSettings(
  db: DbExecutor,
  settings: { autoThreshold: number; suggestThreshold: number; updatedById: string },
): Promise<TMatchSettings> {
  const row = await db.matchSettings.upsert({ where: { id: 'default' }, create: settings, update: settings });
  return { autoThreshold: row.autoThreshold, suggestThreshold: row.suggestThreshold, updatedAt: row.updatedAt };
}

/** A claim as matching needs it. */
export type TrackClaimRow = {
  id: string;
  articleId: string;
  text: string;
  sentence: string;
  state: string;
  groupId: string | null;
  seenAt: Date;
};

const seenAt = (row: { createdAt: Date; article: { publishedAt: Date | null } }) => row.article.publishedAt ?? row.createdAt;

const trackSelect = {
  id: true,
  articleId: true,
  text: true,
  sentence: true,
  state: true,
  groupId: true,
  createdAt: true,
  article: { select: { publishedAt: true } },
} as const;

/**
 * Claims of an article not yet in a tracked claim (matching them is idempotent: linked ones are
 * skipped). Raw (queryRows): it starts every ingest's matching, where Prisma's query layer cost
 * more than the statement.
 */
export async function listUntrackedClaims(db: DbExecutor, articleId: string): Promise<TrackClaimRow[]> {
  return queryRows<TrackClaimRow>(
    db,
    Prisma.sql`
    SELECT c."id", c."articleId", c."text", c."sentence", c."state"::text AS "state", c."groupId",
      coalesce(a."publishedAt", c."createdAt") AS "seenAt"
    FROM "Claim" c JOIN "Article" a ON a."id" = c."articleId"
    WHERE c."articleId" = ${articleId} AND c."groupId" IS NULL
    ORDER BY c."start"`,
  );
}

export async function findTrackClaim(db: DbExecutor, id: string): Promise<TrackClaimRow | null> {
  const row = await db.claim.findUnique({ where: { id }, select: trackSelect });
  return row ? { ...row, seenAt: seenAt(row) } : null;
}

export async function insertGroup(db: DbExecutor, group: { canonicalText: string; seenAt: Date }): Promise<string> {
  const row = await db.claimGroup.create({
    data: { canonicalText: group.canonicalText, firstSeenAt: group.seenAt, lastSeenAt: group.seenAt },
    select: { id: true },
  });
  return row.id;
}

export async function findGroupIdOfFactCheck(db: DbExecutor, id: string): Promise<string | null> {
  return (await db.importedFactCheck.findUnique({ where: { id }, select: { groupId: true } }))?.groupId ?? null;
}

export async function setFactCheckGroup(db: DbExecutor, id: string, groupId: string): Promise<void> {
  await db.importedFactCheck.update({ where: { id }, data: { groupId } });
}

/** Puts a claim in a tracked claim with how it matched. */
export async function setClaimGroup(
  db: DbExecutor,
  claimId: string,
  link: { groupId: string; matchScore: number | null; valueChange: boolean; isRepeat: boolean },
): Promise<void> {
  await db.claim.update({ where: { id: claimId }, data: link });
}

/** Recomputes first and last seen from the appearances and fact-checks; deletes a group left empty. */
export async function refreshGroup(db: DbExecutor, groupId: string): Promise<boolean> {
  const claims = await db.claim.findMany({
    where: { groupId },
    select: { createdAt: true, article: { select: { publishedAt: true } } },
  });
  const checks = await db.importedFactCheck.findMany({ where: { groupId }, select: { reviewDate: true, importedAt: true } });
  const dates = [...claims.map(seenAt), ...checks.map((c) => c.reviewDate ?? c.importedAt)].map((d) => d.getTime());
  if (dates.length === 0) {
    await db.claimGroup.deleteMany({ where: { id: groupId } });
    return false;
  }
  await db.claimGroup.update({
    where: { id: groupId },
    data: { firstSeenAt: new Date(Math.min(...dates)), lastSeenAt: new Date(Math.max(...dates)) },
  });
  return true;
}

/** A tracked claim as findGroup and findGroups read it: its text, dates and number of appearances. */
const groupSelect = {
  id: true,
  canonicalText: true,
  firstSeenAt: true,
  lastSeenAt: true,
  _count: { select: { claims: true } },
} as const;

export async function findGroup(db: DbExecutor, id: string) {
  return db.claimGroup.findUnique({ where: { id }, select: groupSelect });
}

/** findGroup for many tracked claims in one read. */
export async function findGroups(db: DbExecutor, ids: string[]) {
  if (!ids.length) return [];
  return db.claimGroup.findMany({ where: { id: { in: ids } }, select: groupSelect });
}

/** Moves every appearance, fact-check and suggestion of `sourceId` into `targetId` (suggestions already there stay). */
export async function moveGroupContents(db: DbExecutor, sourceId: string, targetId: string): Promise<string[]> {
  const claims = await db.claim.findMany({ where: { groupId: sourceId }, select: { id: true } });
  await db.claim.updateMany({ where: { groupId: sourceId }, data: { groupId: targetId } });
  await db.importedFactCheck.updateMany({ where: { groupId: sourceId }, data: { groupId: targetId } });
  const existing = await db.matchSuggestion.findMany({ where: { groupId: targetId }, select: { claimId: true } });
  const taken = existing.map((s) => s.claimId);
  await db.matchSuggestion.deleteMany({ where: { groupId: sourceId, claimId: { in: taken } } });
  await db.matchSuggestion.updateMany({ where: { groupId: sourceId }, data: { groupId: targetId } });
  // A claim suggested for the group it now belongs to has nothing left to decide.
  await db.matchSuggestion.deleteMany({ where: { groupId: targetId, status: 'pending', claim: { groupId: targetId } } });
  return claims.map((c) => c.id);
}

export async function listGroupClaimIds(db: DbExecutor, groupId: string): Promise<string[]> {
  return (await db.claim.findMany({ where: { groupId }, select: { id: true } })).map((c) => c.id);
}

export async function countGroupClaims(db: DbExecutor, groupId: string): Promise<number> {
  return db.claim.count({ where: { groupId } });
}

export async function findClaimLink(db: DbExecutor, claimId: string) {
  return db.claim.findUnique({
    where: { id: claimId },
    select: { id: true, groupId: true, matchScore: true, valueChange: true, isRepeat: true, state: true, version: true },
  });
}

const appearanceSelect = {
  id: true,
  articleId: true,
  text: true,
  sentence: true,
  speaker: true,
  value: true,
  unit: true,
  state: true,
  valueChange: true,
  matchScore: true,
  createdAt: true,
  article: { select: { title: true, url: true, publishedAt: true, publisher: { select: { name: true } } } },
} as const;

export async function listAppearances(db: DbExecutor, groupId: string): Promise<TAppearance[]> {
  const rows = await db.claim.findMany({ where: { groupId }, select: appearanceSelect });
  return rows
    .map((r) => ({
      claimId: r.id,
      articleId: r.articleId,
      articleTitle: r.article.title,
      articleUrl: r.article.url,
      outlet: r.article.publisher?.name ?? null,
      date: r.article.publishedAt ?? r.createdAt,
      speaker: r.speaker,
      text: r.text,
      sentence: r.sentence,
      value: r.value,
      unit: r.unit,
      state: r.state,
      valueChange: r.valueChange,
      matchScore: r.matchScore,
    }))
    .sort((a, b) => a.date.getTime() - b.date.getTime() || a.claimId.localeCompare(b.claimId));
}

const factCheckSelect = {
  id: true,
  reviewUrl: true,
  claimReviewed: true,
  publisherName: true,
  publisherUrl: true,
  ratingName: true,
  ratingValue: true,
  claimAuthor: true,
  reviewDate: true,
  groupId: true,
} as const;

export async function listGroupFactChecks(db: DbExecutor, groupId: string): Promise<TImportedFactCheck[]> {
  return db.importedFactCheck.findMany({ where: { groupId }, select: factCheckSelect, orderBy: { reviewDate: 'asc' } });
}

/** Every verdict published on an appearance, every correction of one, every imported fact-check; oldest first. */
export async function listVerdictHistory(db: DbExecutor, groupId: string, publicUrl: string): Promise<TVerdictHistoryEntry[]> {
  const base = publicUrl.replace(/\/$/, '');
  const reviews = await db.review.findMany({
    where: { claim: { groupId }, state: 'approved' },
    select: { claimId: true, decidedAt: true, verdictLabel: { select: { name: true } }, rationale: true },
  });
  const corrections = await db.correction.findMany({
    where: { claim: { groupId } },
    select: { claimId: true, createdAt: true, reason: true, previousVerdictLabel: { select: { name: true } } },
  });
  const checks = await listGroupFactChecks(db, groupId);
  const entries: TVerdictHistoryEntry[] = [
    ...reviews.map((r) => ({
      kind: 'published' as const,
      verdict: r.verdictLabel?.name ?? 'no verdict',
      date: r.decidedAt,
      link: `${base}/published/${r.claimId}`,
      publisher: null,
      claimId: r.claimId,
      note: r.rationale || null,
    })),
    ...corrections.map((c) => ({
      kind: 'corrected' as const,
      verdict: c.previousVerdictLabel?.name ?? 'no verdict',
      date: c.createdAt,
      link: null,
      publisher: null,
      claimId: c.claimId,
      note: c.reason,
    })),
    ...checks.map((c) => ({
      kind: 'imported' as const,
      verdict: c.ratingName ?? (c.ratingValue !== null ? `rated ${c.ratingValue}` : 'reviewed'),
      date: c.reviewDate,
      link: c.reviewUrl,
      publisher: c.publisherName,
      claimId: null,
      note: null,
    })),
  ];
  return entries.sort((a, b) => (a.date?.getTime() ?? 0) - (b.date?.getTime() ?? 0));
}

/** Suggestions not yet made or rejected before: a rejected (claim, group) pair is never suggested again. */
export async function insertSuggestions(
  db: DbExecutor,
  rows: Array<{ claimId: string; groupId: string; score: number; valueChange: boolean; matcherVersion: string }>,
): Promise<number> {
  if (rows.length === 0) return 0;
  return (await db.matchSuggestion.createMany({ data: rows, skipDuplicates: true })).count;
}

export async function findSuggestionPairs(db: DbExecutor, claimId: string): Promise<Map<string, string>> {
  const rows = await db.matchSuggestion.findMany({ where: { claimId }, select: { groupId: true, status: true } });
  return new Map(rows.map((r) => [r.groupId, r.status]));
}

/** Remembers that a claim is not the tracked claim (unlink, split, reject). */
export async function rememberRejection(db: DbExecutor, pair: { claimId: string; groupId: string; decidedById: string }) {
  await db.matchSuggestion.upsert({
    where: { claimId_groupId: { claimId: pair.claimId, groupId: pair.groupId } },
    create: { ...pair, score: 0, matcherVersion: 'reviewer', status: 'rejected', decidedAt: new Date() },
    update: { status: 'rejected', decidedById: pair.decidedById, decidedAt: new Date() },
  });
}

const suggestionSelect = {
  id: true,
  claimId: true,
  groupId: true,
  score: true,
  valueChange: true,
  status: true,
  createdAt: true,
  claim: { select: { text: true, sentence: true, article: { select: { title: true } } } },
  group: { select: { canonicalText: true } },
} as const;

type SuggestionRow = {
  id: string;
  claimId: string;
  groupId: string;
  score: number;
  valueChange: boolean;
  status: TMatchSuggestion['status'];
  createdAt: Date;
  claim: { text: string; sentence: string; article: { title: string } };
  group: { canonicalText: string };
};

const toSuggestion = (r: SuggestionRow): TMatchSuggestion => ({
  id: r.id,
  claimId: r.claimId,
  claimText: r.claim.text,
  claimSentence: r.claim.sentence,
  articleTitle: r.claim.article.title,
  groupId: r.groupId,
  groupText: r.group.canonicalText,
  score: r.score,
  valueChange: r.valueChange,
  status: r.status,
  createdAt: r.createdAt,
});

export async function listPendingSuggestions(
  db: DbExecutor,
  filter: { claimId?: string; limit: number },
): Promise<TMatchSuggestion[]> {
  const rows = await db.matchSuggestion.findMany({
    where: { status: 'pending', ...(filter.claimId ? { claimId: filter.claimId } : {}) },
    select: suggestionSelect,
    orderBy: [{ score: 'desc' }, { createdAt: 'asc' }],
    take: filter.limit,
  });
  return rows.map(toSuggestion);
}

export async function findSuggestion(db: DbExecutor, id: string): Promise<TMatchSuggestion | null> {
  const row = await db.matchSuggestion.findUnique({ where: { id }, select: suggestionSelect });
  return row ? toSuggestion(row) : null;
}

/** Decides a pending suggestion; false when someone decided it first. */
export async function decideSuggestion(
  db: DbExecutor,
  id: string,
  decision: { status: 'confirmed' | 'rejected'; decidedById: string },
): Promise<boolean> {
  const { count } = await db.matchSuggestion.updateMany({
    where: { id, status: 'pending' },
    data: { ...decision, decidedAt: new Date() },
  });
  return count === 1;
}

/** Upserts an imported fact-check on its review URL; reports whether it was new. */
export async function upsertFactCheck(
  db: DbExecutor,
  row: Omit<TImportedFactCheck, 'id' | 'groupId'> & {
    bestRating: number | null;
    worstRating: number | null;
    claimDate: Date | null;
  },
): Promise<{ id: string; created: boolean; groupId: string | null }> {
  const existing = await db.importedFactCheck.findUnique({ where: { reviewUrl: row.reviewUrl }, select: { id: true } });
  const saved = await db.importedFactCheck.upsert({
    where: { reviewUrl: row.reviewUrl },
    create: row,
    update: row,
    select: { id: true, groupId: true },
  });
  return { id: saved.id, created: !existing, groupId: saved.groupId };
}

export async function findFactCheck(db: DbExecutor, id: string): Promise<TImportedFactCheck | null> {
  return db.importedFactCheck.findUnique({ where: { id }, select: factCheckSelect });
}

/** Best published claim of each group (for lookup results), with the group's size. */
export async function findGroupSummaries(db: DbExecutor, groupIds: string[]) {
  return db.claimGroup.findMany({
    where: { id: { in: groupIds } },
    select: { id: true, canonicalText: true, _count: { select: { claims: true, factChecks: true } } },
  });
}
