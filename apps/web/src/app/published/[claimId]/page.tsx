import { isAppError } from '@claimledger/domain';
import { getPublishedClaim, reportOptions, toClaimReview } from '@claimledger/services';
import { notFound } from 'next/navigation';
import { getServer } from '../../../server/database';
import { webEnv } from '../../../server/env';

export const dynamic = 'force-dynamic';

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : '');

/** JSON for a <script> tag: "<" escaped so no text can close the tag. */
const jsonForScript = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/** The public page of a published review, with its ClaimReview JSON-LD for search engines. */
export default async function PublishedReviewPage({ params }: { params: Promise<{ claimId: string }> }) {
  const { claimId } = await params;
  const { db } = await getServer();
  const claim = await getPublishedClaim(db.prisma, claimId).catch((error: unknown) => {
    if (isAppError(error) && error.code === 'NOT_FOUND') notFound();
    throw error;
  });
  const jsonLd = toClaimReview(claim, reportOptions(webEnv, 'Published review'));
  return (
    <article className="published-review">
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonForScript(jsonLd) }} />
      <p className="meta">
        Fact check by {webEnv.CLAIMLEDGER_ORG_NAME} · published {day(claim.review?.decidedAt ?? null)}
      </p>
      <h1>“{claim.text}”</h1>
      <p className="meta">
        {claim.speaker ? `${claim.speaker} · ` : ''}
        {claim.article.url ? <a href={claim.article.url}>{claim.article.title}</a> : claim.article.title}
        {claim.article.publisher ? ` · ${claim.article.publisher}` : ''}
      </p>
      <p className="verdict" data-testid="published-verdict" style={{ color: claim.verdict?.colour }}>
        {claim.verdict?.name}
      </p>
      <p className="rationale">{claim.review?.rationale}</p>
      <h2>Sources</h2>
      <ul>
        {claim.citations.map((c) => (
          <li key={`${c.sourceUrl}-${c.quote}`}>
            <a href={c.sourceUrl} rel="noreferrer noopener nofollow">
              {c.title ?? c.sourceUrl}
            </a>
            {c.publisher ? ` (${c.publisher})` : ''}: “{c.quote}” · accessed {day(c.accessedAt)}
            {c.archivedAt ? ` · archived ${day(c.archivedAt)}` : ''}
          </li>
        ))}
      </ul>
    </article>
  );
}
