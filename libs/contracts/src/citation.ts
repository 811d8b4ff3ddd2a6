import { z } from 'zod';
import { ZId } from './common';
import { ZAccessedAt } from './dates';

export const STANCES = ['supports', 'refutes', 'context'] as const;
export const ZStance = z.enum(STANCES);
export const ZArchiveStatus = z.enum(['pending', 'archived', 'failed']);

export const ZAddCitationInput = z.object({
  claimId: ZId,
  sourceUrl: z.url({ protocol: /^https?$/, error: 'the source must be an http(s) URL' }).max(2_000),
  title: z.string().trim().max(500).optional(),
  publisher: z.string().trim().max(200).optional(),
  stance: ZStance,
  /** The exact words quoted from the source. */
  quote: z.string().trim().min(3, 'quote the source in at least 3 characters').max(5_000),
  /** When the fact-checker read the source; defaults to now. */
  accessedAt: ZAccessedAt.optional(),
});
export type TAddCitationInput = z.input<typeof ZAddCitationInput>;

/** W3C Web Annotation TextQuoteSelector: the quote with the text just before and after it. */
export const ZTextQuoteSelector = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string(),
  prefix: z.string(),
  suffix: z.string(),
});
export type TTextQuoteSelector = z.infer<typeof ZTextQuoteSelector>;

export const ZCitation = z.object({
  id: ZId,
  claimId: ZId,
  sourceUrl: z.string(),
  title: z.string().nullable(),
  publisher: z.string().nullable(),
  stance: ZStance,
  selector: ZTextQuoteSelector,
  archive: z.object({
    status: ZArchiveStatus,
    /** Where the archived copy came from after redirects. */
    url: z.string().nullable(),
    hash: z.string().nullable(),
    archivedAt: z.date().nullable(),
    error: z.string().nullable(),
    /** Whether the quote was found in the archived copy; null until archived. */
    quoteFound: z.boolean().nullable(),
  }),
  accessedAt: z.date(),
  addedBy: z.string(),
  createdAt: z.date(),
});
export type TCitation = z.infer<typeof ZCitation>;

export const ZCitationIdInput = z.object({ id: ZId });

/** The archived copy as readable text, with the quote's place in it. */
export const ZArchivedCopy = z.object({
  citationId: ZId,
  sourceUrl: z.string(),
  text: z.string(),
  hash: z.string(),
  archivedAt: z.date(),
  quote: z.object({ start: z.number().int(), end: z.number().int() }).nullable(),
});
export type TArchivedCopy = z.infer<typeof ZArchivedCopy>;
