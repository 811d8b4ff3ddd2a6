import {
  ZAddCitationInput,
  parseInput,
  type TAddCitationInput,
  type TArchivedCopy,
  type TCitation,
} from '@claimledger/contracts';
import {
  citationExists,
  findArchivedBody,
  findClaim,
  insertCitation,
  listCitations,
  runInTransaction,
  type DbClient,
} from '@claimledger/db';
import { AppError, type Actor } from '@claimledger/domain';
import { assertClaimOpenTo, auditClaim, requireUser } from '../access';
import { anchorQuote } from './anchor-quote';
import { archivedText } from './archive-citation';

/**
 * Attaches a source to a claim. The citation is stored as "pending"; archiving its source
 * happens afterwards (see CitationArchiver) so the request never waits on a remote site.
 */
export async function attachCitation(db: DbClient, actor: Actor, raw: TAddCitationInput): Promise<TCitation> {
  const input = parseInput(ZAddCitationInput, raw);
  const addedById = requireUser(actor, 'claim:review');
  return runInTransaction(db, async (tx) => {
    if (!(await findClaim(tx, input.claimId))) throw new AppError('NOT_FOUND', `Claim ${input.claimId} not found.`);
    await assertClaimOpenTo(tx, actor, input.claimId);
    const citation = await insertCitation(tx, {
      claimId: input.claimId,
      sourceUrl: input.sourceUrl,
      title: input.title || null,
      publisher: input.publisher || null,
      stance: input.stance,
      quoteExact: input.quote,
      accessedAt: input.accessedAt ?? new Date(),
      addedById,
    });
    await auditClaim(tx, actor, 'citation.added', input.claimId, {
      after: { citationId: citation.id, sourceUrl: citation.sourceUrl, stance: citation.stance, quote: citation.selector.exact },
    });
    return citation;
  });
}

export function listClaimCitations(db: DbClient, claimId: string): Promise<TCitation[]> {
  return listCitations(db, claimId);
}

/** The archived copy of a citation's source as text, with the quote located in it. */
export async function getArchivedCopy(db: DbClient, citationId: string): Promise<TArchivedCopy> {
  const copy = await findArchivedBody(db, citationId);
  if (!copy) {
    if (!(await citationExists(db, citationId))) throw new AppError('NOT_FOUND', `There is no citation ${citationId}.`);
    throw new AppError('NOT_FOUND', 'This citation has no archived copy (yet).', { archivePending: true });
  }
  const text = archivedText(copy.body);
  const anchored = anchorQuote(text, copy.quoteExact);
  return {
    citationId,
    sourceUrl: copy.sourceUrl,
    text,
    hash: copy.hash,
    archivedAt: copy.archivedAt,
    quote: anchored ? { start: anchored.start, end: anchored.end } : null,
  };
}
