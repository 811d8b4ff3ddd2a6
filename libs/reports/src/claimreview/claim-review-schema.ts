/**
 * JSON Schema for the ClaimReview objects we publish: schema.org ClaimReview with the
 * properties Google's fact-check documentation requires (claimReviewed, reviewRating with
 * alternateName, url, author) and recommends (datePublished, itemReviewed as a Claim with its
 * author, datePublished and appearance). https://developers.google.com/search/docs/appearance/structured-data/factcheck
 */
const named = {
  type: 'object',
  required: ['@type', 'name'],
  properties: {
    '@type': { enum: ['Person', 'Organization'] },
    name: { type: 'string', minLength: 1 },
    url: { type: 'string', format: 'uri' },
  },
} as const;

export const CLAIM_REVIEW_SCHEMA = {
  $id: 'https://claimledger.org/schemas/claim-review.json',
  type: 'object',
  required: ['@context', '@type', 'url', 'claimReviewed', 'reviewRating', 'author', 'datePublished', 'itemReviewed'],
  properties: {
    '@context': { const: 'https://schema.org' },
    '@type': { const: 'ClaimReview' },
    url: { type: 'string', format: 'uri', pattern: '^https?://' },
    claimReviewed: { type: 'string', minLength: 1, maxLength: 5000 },
    datePublished: { type: 'string', format: 'date' },
    author: {
      ...named,
      properties: { ...named.properties, '@type': { const: 'Organization' } },
      required: ['@type', 'name', 'url'],
    },
    reviewRating: {
      type: 'object',
      required: ['@type', 'alternateName'],
      properties: {
        '@type': { const: 'Rating' },
        alternateName: { type: 'string', minLength: 1 },
        ratingValue: { type: 'integer' },
        bestRating: { type: 'integer' },
        worstRating: { type: 'integer' },
      },
      dependencies: { ratingValue: ['bestRating', 'worstRating'] },
    },
    itemReviewed: {
      type: 'object',
      required: ['@type', 'appearance'],
      properties: {
        '@type': { const: 'Claim' },
        author: named,
        datePublished: { type: 'string', format: 'date' },
        appearance: {
          type: 'object',
          required: ['@type', 'url'],
          properties: {
            '@type': { const: 'CreativeWork' },
            url: { type: 'string', format: 'uri', pattern: '^https?://' },
            headline: { type: 'string' },
          },
        },
      },
    },
  },
} as const;
