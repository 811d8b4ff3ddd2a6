import { isAppError } from '@claimledger/domain';
import { getArchivedCopy, getPublishedClaim } from '@claimledger/services';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getServer } from '../../../../../server/database';

export const dynamic = 'force-dynamic';

const orNotFound = (error: unknown): never => {
  if (isAppError(error) && (error.code === 'NOT_FOUND' || error.code === 'BAD_INPUT')) notFound();
  throw error;
};

/** The archived copy of a published review's source, public like the review (plain text, quote marked). */
export default async function PublishedSourcePage({ params }: { params: Promise<{ claimId: string; citationId: string }> }) {
  const { claimId, citationId } = await params;
  const { db } = await getServer();
  const claim = await getPublishedClaim(db.prisma, claimId).catch(orNotFound);
  if (!claim.citations.some((c) => c.id === citationId)) notFound();
  const copy = await getArchivedCopy(db.prisma, citationId).catch(orNotFound);
  const { text, quote } = copy;
  return (
    <article className="published-review">
      <p className="kicker">
        <Link href={`/published/${claimId}`}>← Back to the fact check</Link>
      </p>
      <h1>Archived copy of a source</h1>
      <p className="meta">
        <a href={copy.sourceUrl} rel="noreferrer noopener nofollow">
          {copy.sourceUrl}
        </a>{' '}
        · archived {copy.archivedAt.toISOString().replace('T', ' ').slice(0, 16)} UTC · sha256 <code>{copy.hash}</code>
      </p>
      {quote ? null : <p className="error">The cited quote does not appear in this copy.</p>}
      <div className="article-text" data-testid="archived-text">
        {quote ? (
          <>
            {text.slice(0, quote.start)}
            <mark className="claim-mark selected">{text.slice(quote.start, quote.end)}</mark>
            {text.slice(quote.end)}
          </>
        ) : (
          text
        )}
      </div>
    </article>
  );
}
