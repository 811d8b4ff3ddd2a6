import { isAppError } from '@claimledger/domain';
import { getPublishedClaim, reportOptions, toClaimReview } from '@claimledger/services';
import { VerdictBadge } from '@claimledger/ui';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { getServer } from '../../../server/database';
import { webEnv } from '../../../server/env';
import { getNonce } from '../../../server/nonce';
import { publicUrlOfPage } from '../../../server/public-url';

export const dynamic = 'force-dynamic';

const longDate = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });
const day = (d: Date | null | undefined) => (d ? longDate.format(d) : null);

const STANCE_LABELS = { supports: 'Supports the claim', refutes: 'Contradicts the claim', context: 'Context' } as const;

/** JSON for a <script> tag: "<" escaped so no text can close the tag. */
const jsonForScript = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

const loadClaim = cache(async (claimId: string) => {
  const { db } = await getServer();
  return getPublishedClaim(db.prisma, claimId).catch((error: unknown) => {
    if (isAppError(error) && (error.code === 'NOT_FOUND' || error.code === 'BAD_INPUT')) notFound();
    throw error;
  });
});

export async function generateMetadata({ params }: { params: Promise<{ claimId: string }> }): Promise<Metadata> {
  const claim = await loadClaim((await params).claimId);
  return {
    title: `Fact check: ${claim.verdict?.name ?? 'reviewed'} — ${webEnv.CLAIMLEDGER_ORG_NAME}`,
    description: claim.review?.rationale.slice(0, 200),
  };
}

/**
 * The public page of a published review, written for readers as fact-check sites do: the claim
 * as said, who said it, where and when, the verdict as a badge, the rationale and the sources
 * with their archived copies; with its ClaimReview JSON-LD for search engines.
 */
export default async function PublishedReviewPage({ params }: { params: Promise<{ claimId: string }> }) {
  const { claimId } = await params;
  const claim = await loadClaim(claimId);
  const jsonLd = toClaimReview(claim, reportOptions(webEnv, 'Published review', new Date(), await publicUrlOfPage()));
  const { article, review, verdict } = claim;
  const nonce = await getNonce();
  return (
    <article className="published-review" data-testid="published-review">
      <script type="application/ld+json" nonce={nonce} dangerouslySetInnerHTML={{ __html: jsonForScript(jsonLd) }} />
      <p className="kicker">
        Fact check · {webEnv.CLAIMLEDGER_ORG_NAME}
        {review?.decidedAt ? ` · published ${day(review.decidedAt)}` : ''}
      </p>
      <figure className="claim-quote">
        <blockquote>
          <h1 data-testid="published-claim">{asQuoted(claim.sentence)}</h1>
        </blockquote>
        <figcaption data-testid="published-attribution">
          {claim.speaker ? <strong>{claim.speaker}</strong> : <strong>Unattributed</strong>}
          {' — in '}
          {article.url ? (
            <a href={article.url} rel="noreferrer noopener nofollow">
              {article.title}
            </a>
          ) : (
            <cite>{article.title}</cite>
          )}
          {article.publisher ? `, ${article.publisher}` : ''}
          {article.publishedAt ? `, ${day(article.publishedAt)}` : ''}
        </figcaption>
      </figure>
      {claim.text !== claim.sentence ? (
        <p className="meta">
          The part we checked: <q>{claim.text}</q>
        </p>
      ) : null}
      <section className="verdict-box" aria-labelledby="verdict-heading">
        <h2 id="verdict-heading">Our verdict</h2>
        <p data-testid="published-verdict">
          <VerdictBadge verdict={verdict} size="large" />
        </p>
        <div className="rationale">{review?.rationale}</div>
      </section>
      <section aria-labelledby="sources-heading">
        <h2 id="sources-heading">Sources</h2>
        {claim.citations.length === 0 ? <p className="empty-state">No sources were cited for this review.</p> : null}
        <ol className="sources">
          {claim.citations.map((c) => (
            <li key={c.id}>
              <p>
                <a href={c.sourceUrl} rel="noreferrer noopener nofollow">
                  {c.title ?? c.sourceUrl}
                </a>
                {c.publisher ? ` — ${c.publisher}` : ''}{' '}
                <span className={`stance stance-${c.stance}`}>{STANCE_LABELS[c.stance]}</span>
              </p>
              <blockquote className="quote">{c.quote}</blockquote>
              <p className="meta">
                Accessed {day(c.accessedAt)}
                {c.archivedAt ? (
                  <>
                    {' · '}
                    <Link href={`/published/${claim.id}/sources/${c.id}`}>archived copy of {day(c.archivedAt)}</Link>
                  </>
                ) : (
                  ' · no archived copy'
                )}
              </p>
            </li>
          ))}
        </ol>
      </section>
      <footer className="meta">
        Reviewed by {webEnv.CLAIMLEDGER_ORG_NAME}
        {review?.approver ? ', approved by a second editor' : ''}. Found an error? Contact{' '}
        <a href={reportOptions(webEnv, '', new Date(), await publicUrlOfPage()).organisation.url}>
          {webEnv.CLAIMLEDGER_ORG_NAME}
        </a>
        .
      </footer>
    </article>
  );
}

/** The sentence in curly quotes, unless it opens with its own quotation marks. */
function asQuoted(sentence: string): string {
  return /^["“‘']/.test(sentence) ? sentence : `“${sentence}”`;
}
