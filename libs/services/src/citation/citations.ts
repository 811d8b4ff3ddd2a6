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
 * Attaches a source to a claim that is not published or awaiting its second review. The citation is stored as "pending"; archiving its source
 * happens afterwards (see CitationArchiver) so the request never waits on a remote site.
 */
export async function attachCitation(db: DbClient, actor: Actor, raw: TAddCitationInput): Promise<TCitation> {
  const input = parseInput(ZAddCitationInput, raw);
  const addedById = requireUser(actor, 'claim:review');
  return runInTransaction(db, async (tx) => {
    const claim = await findClaim(tx, input.claimId);
    if (!claim) throw new AppError('NOT_FOUND', `Claim ${input.claimId} not found.`);
    // What readers see (verdict, rationale, sources) changes only through a correction or a
    // new review an editor approves; evidence under second review stays as the editor sees it.
    if (claim.state === 'approved')
      throw new AppError(
        'INVALID_TRANSITION',
        'This claim is published: its sources change only through a correction, then a new review.',
      );
    if (claim.state === 'submitted')
      throw new AppError('INVALID_TRANSITION', 'This claim awaits its second review: an editor must send it back before sources change.');
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
