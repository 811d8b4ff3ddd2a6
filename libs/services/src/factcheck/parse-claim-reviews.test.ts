import { describe, expect, it } from 'vitest';
import { parseClaimReviews } from './parse-claim-reviews';

const review = (n: number, extra: Record<string, unknown> = {}) => ({
  '@context': 'https://schema.org',
  '@type': 'ClaimReview',
  url: `https://factcheck.example.org/reviews/${n}`,
  claimReviewed: `Claim number ${n}`,
  author: { '@type': 'Organization', name: 'Example Checks', url: 'https://factcheck.example.org' },
  datePublished: '2024-03-01',
  reviewRating: { '@type': 'Rating', alternateName: 'False', ratingValue: 1, bestRating: 5, worstRating: 1 },
  ...extra,
});

describe('parseClaimReviews', () => {
  it('reads one object, an array and a @graph', () => {
    expect(parseClaimReviews(JSON.stringify(review(1))).records.map((r) => r.review.reviewUrl)).toEqual([
      'https://factcheck.example.org/reviews/1',
    ]);
    const array = parseClaimReviews(JSON.stringify([review(1), review(2)], null, 2));
    expect(array.records.map((r) => r.review.claimReviewed)).toEqual(['Claim number 1', 'Claim number 2']);
    const graph = parseClaimReviews(
      JSON.stringify({ '@context': 'https://schema.org', '@graph': [review(3), { '@type': 'ClaimReview' }] }, null, 2),
    );
    expect(graph.records[0]?.review).toMatchObject({
      publisherName: 'Example Checks',
      ratingName: 'False',
      ratingValue: 1,
      bestRating: 5,
    });
    expect(graph.refused).toHaveLength(1);
    expect(graph.refused[0]?.line).toBeGreaterThan(graph.records[0]?.line ?? 0);
  });

  it('refuses broken JSON lines with their line and reason and keeps the rest', () => {
    const lines = [
      JSON.stringify(review(1)),
      '{ not json',
      JSON.stringify(review(2, { url: 'ftp://nope' })),
      '',
      JSON.stringify(review(3, { author: undefined })),
      JSON.stringify(review(4, { claimReviewed: '' })),
      JSON.stringify(review(5, { '@type': 'Article' })),
      JSON.stringify(review(6, { author: 'Plain Name Checks' })),
    ].join('\n');
    const { records, refused } = parseClaimReviews(lines);
    expect(records.map((r) => r.line)).toEqual([1, 8]);
    expect(records[1]?.review.publisherName).toBe('Plain Name Checks');
    expect(refused.map((r) => r.line)).toEqual([2, 3, 5, 6, 7]);
    expect(refused.map((r) => r.reason)).toEqual([
      expect.stringMatching(/^not JSON/),
      expect.stringMatching(/url/),
      expect.stringMatching(/no publisher/),
      expect.stringMatching(/claimReviewed is empty/),
      expect.stringMatching(/not ClaimReview/),
    ]);
  });

  it.each(['10000-01-01', '+275760-09-13', '-000001-01-01', '0000-01-01', '1799-12-31', '2999-01-01'])(
    'refuses a review or claim dated %s with its line and reason, and keeps the rest',
    (day) => {
      const lines = [
        JSON.stringify(review(1)),
        JSON.stringify(review(2, { datePublished: day })),
        JSON.stringify(review(3, { itemReviewed: { datePublished: day } })),
        JSON.stringify(review(4, { itemReviewed: { datePublished: '2023-12-30' } })),
      ].join('\n');
      const { records, refused } = parseClaimReviews(lines);
      expect(records.map((r) => r.line)).toEqual([1, 4]);
      expect(records[1]?.review.claimDate?.toISOString()).toBe('2023-12-30T00:00:00.000Z');
      expect(refused).toEqual([
        { line: 2, reason: expect.stringMatching(/^datePublished: must lie between 1800-01-01 and tomorrow/) },
        { line: 3, reason: expect.stringMatching(/^itemReviewed\.datePublished: must lie between/) },
      ]);
    },
  );
});
