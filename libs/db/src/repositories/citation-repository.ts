import { readableDate, type TCitation } from '@claimledger/contracts';
import type { DbExecutor } from '../client';
import type { Prisma } from '../generated/prisma/client';

const citationSelect = {
  id: true,
  claimId: true,
  sourceUrl: true,
  title: true,
  publisher: true,
  stance: true,
  quoteExact: true,
  quotePrefix: true,
  quoteSuffix: true,
  archiveStatus: true,
  archivedUrl: true,
  archivedHash: true,
  archivedAt: true,
  archiveError: true,
  quoteFound: true,
  accessedAt: true,
  createdAt: true,
  addedBy: { select: { email: true } },
} satisfies Prisma.CitationSelect;

type CitationRow = Prisma.CitationGetPayload<{ select: typeof citationSelect }>;

function toCitation(row: CitationRow): TCitation {
  return {
    id: row.id,
    claimId: row.claimId,
    sourceUrl: row.sourceUrl,
    title: row.title,
    publisher: row.publisher,
    stance: row.stance,
    selector: { type: 'TextQuoteSelector', exact: row.quoteExact, prefix: row.quotePrefix, suffix: row.quoteSuffix },
    archive: {
      status: row.archiveStatus,
      url: row.archivedUrl,
      hash: row.archivedHash,
      archivedAt: row.archivedAt,
      error: row.archiveError,
      quoteFound: row.quoteFound,
    },
    accessedAt: readableDate(row.accessedAt) ?? row.createdAt,
    addedBy: row.addedBy.email,
    createdAt: row.createdAt,
  };
}

export type NewCitation = {
  claimId: string;
  sourceUrl: string;
  title: string | null;
  publisher: string | null;
  stance: TCitation['stance'];
  quoteExact: string;
  accessedAt: Date;
  addedById: string;
};

export async function insertCitation(db: DbExecutor, citation: NewCitation): Promise<TCitation> {
  return toCitation(await db.citation.create({ data: citation, select: citationSelect }));
}

export async function findCitation(db: DbExecutor, id: string): Promise<TCitation | null> {
  const row = await db.citation.findUnique({ where: { id }, select: citationSelect });
  return row ? toCitation(row) : null;
}

export async function listCitations(db: DbExecutor, claimId: string): Promise<TCitation[]> {
  const rows = await db.citation.findMany({ where: { claimId }, select: citationSelect, orderBy: { createdAt: 'asc' } });
  return rows.map(toCitation);
}

/** Citations whose source has not been archived yet, oldest first. */
export async function listPendingCitationIds(db: DbExecutor, limit: number): Promise<string[]> {
  const rows = await db.citation.findMany({
    where: { archiveStatus: 'pending' },
    select: { id: true },
    orderBy: { createdAt: 'asc' },
    take: limit,
  });
  return rows.map((r) => r.id);
}

export async function saveArchivedCopy(
  db: DbExecutor,
  id: string,
  copy: {
    url: string;
    body: string;
    hash: string;
    archivedAt: Date;
    quote: { exact: string; prefix: string; suffix: string } | null;
  },
): Promise<void> {
  await db.citation.update({
    where: { id },
    data: {
      archiveStatus: 'archived',
      archivedUrl: copy.url,
      archivedBody: copy.body,
      archivedHash: copy.hash,
      archivedAt: copy.archivedAt,
      archiveError: null,
      quoteFound: copy.quote !== null,
      ...(copy.quote ? { quoteExact: copy.quote.exact, quotePrefix: copy.quote.prefix, quoteSuffix: copy.quote.suffix } : {}),
    },
  });
}

export async function saveArchiveFailure(db: DbExecutor, id: string, error: string): Promise<void> {
  await db.citation.update({ where: { id }, data: { archiveStatus: 'failed', archiveError: error } });
}

/** The stored source body of an archived citation. */
/** Whether a citation with this id exists (archived or not). */
export async function citationExists(db: DbExecutor, id: string): Promise<boolean> {
  return (await db.citation.count({ where: { id } })) > 0;
}

export async function findArchivedBody(
  db: DbExecutor,
  id: string,
): Promise<{ sourceUrl: string; body: string; hash: string; archivedAt: Date; quoteExact: string } | null> {
  const row = await db.citation.findUnique({
    where: { id },
    select: { sourceUrl: true, archivedBody: true, archivedHash: true, archivedAt: true, quoteExact: true },
  });
  if (!row?.archivedBody || !row.archivedHash || !row.archivedAt) return null;
  return {
    sourceUrl: row.sourceUrl,
    body: row.archivedBody,
    hash: row.archivedHash,
    archivedAt: row.archivedAt,
    quoteExact: row.quoteExact,
  };
}
