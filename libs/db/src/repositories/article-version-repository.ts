import type { TExtractedClaim } from '@claimledger/contracts';
import type { DbExecutor } from '../client';

export type ArticleVersionRow = {
  id: string;
  version: number;
  title: string;
  text: string;
  contentHash: string;
  createdAt: Date;
};

/** The article stored under this URL or canonical URL (the most recent one if several). */
export async function findArticleIdByUrl(db: DbExecutor, urls: string[]): Promise<string | null> {
  const wanted = urls.filter(Boolean);
  if (wanted.length === 0) return null;
  const row = await db.article.findFirst({
    where: { OR: [{ url: { in: wanted } }, { canonicalUrl: { in: wanted } }] },
    select: { id: true },
    orderBy: { createdAt: 'desc' },
  });
  return row?.id ?? null;
}

export async function listArticleVersions(db: DbExecutor, articleId: string): Promise<ArticleVersionRow[]> {
  return db.articleVersion.findMany({
    where: { articleId },
    select: { id: true, version: true, title: true, text: true, contentHash: true, createdAt: true },
    orderBy: { version: 'asc' },
  });
}

export async function insertArticleVersion(
  db: DbExecutor,
  row: { articleId: string; version: number; title: string; text: string; contentHash: string; createdAt?: Date },
): Promise<void> {
  await db.articleVersion.create({ data: row });
}

/** The article's current text and the claims found in it (those not removed). */
export async function findArticleForRevision(db: DbExecutor, articleId: string) {
  return db.article.findUnique({
    where: { id: articleId },
    select: {
      id: true,
      title: true,
      text: true,
      contentHash: true,
      createdAt: true,
      claims: {
        where: { removedInVersion: 0 },
        select: {
          id: true,
          sentence: true,
          text: true,
          start: true,
          end: true,
          sentenceStart: true,
          extractorVersion: true,
          state: true,
        },
      },
    },
  });
}

export async function updateArticleText(
  db: DbExecutor,
  articleId: string,
  fields: {
    title: string;
    text: string;
    contentHash: string;
    byline: string | null;
    publishedAt: Date | null;
    canonicalUrl: string | null;
  },
): Promise<void> {
  await db.article.update({ where: { id: articleId }, data: fields });
}

/**
 * Moves a kept claim to its offsets in the new text; its review, state and history stay. It is
 * parked in its own negative key space (`parking` < 0) so moves cannot collide mid-way;
 * `unparkClaims` brings all of them back once the new claims are in.
 */
export async function moveClaimOffsets(
  db: DbExecutor,
  claimId: string,
  offsets: { start: number; end: number; sentenceStart: number; sentence: string },
  parking: number,
): Promise<void> {
  await db.claim.update({ where: { id: claimId }, data: { ...offsets, removedInVersion: parking } });
}

export async function unparkClaims(db: DbExecutor, articleId: string): Promise<void> {
  await db.claim.updateMany({ where: { articleId, removedInVersion: { lt: 0 } }, data: { removedInVersion: 0 } });
}

export async function markClaimRemoved(db: DbExecutor, claimId: string, version: number): Promise<void> {
  await db.claim.update({ where: { id: claimId }, data: { removedInVersion: version, version: { increment: 1 } } });
}

export async function insertClaims(
  db: DbExecutor,
  articleId: string,
  extractorVersion: string,
  claims: TExtractedClaim[],
): Promise<void> {
  if (claims.length === 0) return;
  const isoDate = (d: string | null) => (d ? new Date(`${d}T00:00:00Z`) : null);
  await db.claim.createMany({
    data: claims.map((c) => ({
      ...c,
      articleId,
      timeStart: isoDate(c.timeStart),
      timeEnd: isoDate(c.timeEnd),
      extractorVersion,
    })),
  });
}

export async function listRemovedClaims(db: DbExecutor, articleId: string) {
  return db.claim.findMany({
    where: { articleId, removedInVersion: { gt: 0 } },
    select: { id: true, text: true, sentence: true, state: true, removedInVersion: true },
    orderBy: [{ removedInVersion: 'asc' }, { start: 'asc' }],
  });
}
