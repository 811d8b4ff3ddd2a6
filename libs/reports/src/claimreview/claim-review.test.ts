import { text } from 'node:stream/consumers';
import { describe, expect, it } from 'vitest';
import { renderReport } from '../render-report';
import { OPTIONS, each, publishedClaim } from '../testing/sample-claims';
import { claimReviewProblems, toClaimReview } from './claim-review';

describe('ClaimReview JSON-LD', () => {
  it('carries claimReviewed, rating with label, url, dates, author and the claim with speaker and appearance', () => {
    const review = toClaimReview(publishedClaim(), OPTIONS);
    expect(review).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: 'https://claims.factdesk.example.org/published/claim1',
      claimReviewed: 'The city bought 40 electric buses in 2023, the mayor said.',
      datePublished: '2024-02-03',
      author: { '@type': 'Organization', name: 'Harbour Fact Desk', url: 'https://factdesk.example.org' },
      reviewRating: { '@type': 'Rating', alternateName: 'Mostly true', ratingValue: 5, bestRating: 6, worstRating: 1 },
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': 'Person', name: 'Mayor Ann Lee' },
        datePublished: '2024-02-01',
        appearance: { '@type': 'CreativeWork', url: 'https://news.example.com/buses', headline: 'City goes electric' },
      },
    });
    expect(claimReviewProblems(review)).toEqual([]);
  });

  it('gives labels off the truth axis (Misleading, rating 0) a name but no numeric rating', () => {
    const claim = publishedClaim({
      verdict: { name: 'Misleading', slug: 'misleading', rating: 0, colour: '#8250df', bestRating: 6, worstRating: 1 },
    });
    const review = toClaimReview(claim, OPTIONS);
    expect(review['reviewRating']).toEqual({ '@type': 'Rating', alternateName: 'Misleading' });
    expect(claimReviewProblems(review)).toEqual([]);
  });

  it('says why a review would be invalid', () => {
    const noUrl = publishedClaim({ article: { ...publishedClaim().article, url: null } });
    expect(claimReviewProblems(toClaimReview(noUrl, OPTIONS))).toEqual([
      'its article has no URL, so the claim has no appearance',
    ]);
    const unreviewed = publishedClaim({ verdict: null, review: null });
    expect(claimReviewProblems(toClaimReview(unreviewed, OPTIONS))).toEqual([
      'it has no verdict',
      'its review has no publication date',
    ]);
    const broken = { ...toClaimReview(publishedClaim(), OPTIONS), url: 'not a url' };
    expect(claimReviewProblems(broken)).toEqual(['/url must match pattern "^https?://"', '/url must match format "uri"']);
  });

  it('streams a JSON array and stops with the reason at an invalid review', async () => {
    const out = JSON.parse(
      await text(renderReport('claimreview', each([publishedClaim(), publishedClaim({ id: 'claim2' })]), OPTIONS)),
    ) as unknown[];
    expect(out).toHaveLength(2);
    expect(JSON.parse(await text(renderReport('claimreview', each([]), OPTIONS)))).toEqual([]);
    const bad = renderReport('claimreview', each([publishedClaim(), publishedClaim({ id: 'claim9', verdict: null })]), OPTIONS);
    await expect(text(bad)).rejects.toThrow('claim claim9: it has no verdict');
  });
});
