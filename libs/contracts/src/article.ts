import { z } from 'zod';
import { ZId } from './common';
import { ZPublishedAt } from './dates';
import { ZClaim } from './claim';

export const INGEST_SOURCES = ['text', 'html', 'url', 'feed', 'bulk', 'demo'] as const;
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

export const ZIngestArticleInput = z.object({
  body: z
    .string()
    .refine((s) => s.trim().length > 0, 'the article is empty')
    .refine(
      (s) => new TextEncoder().encode(s).length <= MAX_ARTICLE_BYTES,
      `the article is larger than ${MAX_ARTICLE_BYTES / 1024 / 1024} MiB`,
    ),
  format: z.enum(['text', 'html']),
  source: z.enum(INGEST_SOURCES).default('text'),
  title: z.string().trim().min(1).max(500).optional(),
  url: z.url({ protocol: /^https?$/ }).optional(),
  publisher: z.string().trim().min(1).max(200).optional(),
  publishedAt: ZPublishedAt.optional(),
  language: z.string().min(2).max(10).optional(),
});
export type TIngestArticleInput = z.input<typeof ZIngestArticleInput>;
export type TIngestArticleParsed = z.output<typeof ZIngestArticleInput>;

export const ZArticleSummary = z.object({
  id: ZId,
  title: z.string(),
  url: z.string().nullable(),
  publisher: z.string().nullable(),
  publishedAt: z.date().nullable(),
  claimCount: z.number().int(),
  createdAt: z.date(),
});
export type TArticleSummary = z.infer<typeof ZArticleSummary>;

export const ZArticle = ZArticleSummary.extend({
  text: z.string(),
  byline: z.string().nullable(),
  language: z.string(),
  contentHash: z.string(),
  claims: z.array(ZClaim),
});
export type TArticle = z.infer<typeof ZArticle>;

export const ZIngestResult = z.object({
  article: ZArticle,
  created: z.boolean(),
});
export type TIngestResult = z.infer<typeof ZIngestResult>;

export const ZArticleListInput = z.object({
  limit: z.number().int().min(1).max(200).default(50),
  /** Words in the title, the address or the outlet's name (any case). */
  q: z.string().trim().max(200).optional(),
  /** The id of the last article of the previous page: the list goes on after it. */
  after: ZId.optional(),
});
export type TArticleListInput = z.input<typeof ZArticleListInput>;
export const ZArticleIdInput = z.object({ id: ZId });

export const ZIngestUrlInput = z.object({
  url: z.url({ protocol: /^https?$/, error: 'enter an http(s) URL' }).max(2000),
});
export type TIngestUrlInput = z.infer<typeof ZIngestUrlInput>;

export const ZIngestUrlResult = ZIngestResult.extend({
  /** The URL was known and its text had changed: a new version was stored. */
  revised: z.boolean(),
  version: z.number().int().positive(),
});
export type TIngestUrlResult = z.infer<typeof ZIngestUrlResult>;

export const ZArticleVersion = z.object({
  version: z.number().int().positive(),
  title: z.string(),
  contentHash: z.string(),
  createdAt: z.date(),
  /** The text's changes from the previous version ([] for the first). */
  changes: z.array(z.object({ kind: z.enum(['same', 'added', 'removed']), text: z.string() })),
});
export const ZArticleHistory = z.object({
  articleId: ZId,
  versions: z.array(ZArticleVersion),
  removedClaims: z.array(
    z.object({ id: ZId, text: z.string(), sentence: z.string(), state: z.string(), removedInVersion: z.number().int() }),
  ),
});
export type TArticleHistory = z.infer<typeof ZArticleHistory>;
