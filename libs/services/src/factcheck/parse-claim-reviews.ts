import { z } from 'zod';
import { EARLIEST_PUBLISHED, isPlausiblePublishedAt } from '@claimledger/contracts';

/** One ClaimReview as stored: attributed to its publisher, linking out to its review URL. */
export type ParsedClaimReview = {
  reviewUrl: string;
  claimReviewed: string;
  publisherName: string;
  publisherUrl: string | null;
  ratingName: string | null;
  ratingValue: number | null;
  bestRating: number | null;
  worstRating: number | null;
  claimAuthor: string | null;
  claimDate: Date | null;
  reviewDate: Date | null;
};

export type ParseOutcome = {
  records: Array<{ line: number; review: ParsedClaimReview }>;
  refused: Array<{ line: number; reason: string }>;
};

const ZNamed = z.union([
  z.string().trim().min(1),
  z.object({ name: z.string().trim().min(1).optional(), url: z.string().optional() }),
]);
const named = (value: z.infer<typeof ZNamed> | Array<z.infer<typeof ZNamed>> | undefined) => {
  const first = Array.isArray(value) ? value[0] : value;
  if (!first) return { name: null, url: null };
  return typeof first === 'string' ? { name: first, url: null } : { name: first.name ?? null, url: first.url ?? null };
};
const ZNumber = z.union([
  z.number(),
  z
    .string()
    .trim()
    .regex(/^-?\d+(\.\d+)?$/)
    .transform(Number),
]);
// A date the database and every reader hold: Date.parse also takes 10000-01-01 or -000001-01-01.
const date = z
  .string()
  .trim()
  .refine((s) => !Number.isNaN(Date.parse(s)), 'not a date')
  .transform((s) => new Date(s))
  .refine((d) => isPlausiblePublishedAt(d), `must lie between ${EARLIEST_PUBLISHED.toISOString().slice(0, 10)} and tomorrow`);

const ZClaimReview = z.object({
  '@type': z.union([z.string(), z.array(z.string())]).refine((t) => (Array.isArray(t) ? t : [t]).includes('ClaimReview'), {
    message: '@type is not ClaimReview',
  }),
  url: z.url({ protocol: /^https?$/, error: 'url (the review URL) must be an http(s) URL' }),
  claimReviewed: z.string({ error: 'claimReviewed is missing' }).trim().min(1, 'claimReviewed is empty').max(5_000),
  author: z.union([ZNamed, z.array(ZNamed)]).optional(),
  publisher: z.union([ZNamed, z.array(ZNamed)]).optional(),
  datePublished: date.optional(),
  reviewRating: z
    .object({
      alternateName: z.string().trim().min(1).optional(),
      name: z.string().trim().min(1).optional(),
      ratingValue: ZNumber.optional(),
      bestRating: ZNumber.optional(),
      worstRating: ZNumber.optional(),
    })
    .optional(),
  itemReviewed: z.object({ author: z.union([ZNamed, z.array(ZNamed)]).optional(), datePublished: date.optional() }).optional(),
});

function toReview(value: unknown): { review: ParsedClaimReview } | { reason: string } {
  const parsed = ZClaimReview.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path.join('.') ?? '';
    return {
      reason: issue
        ? issue.message.startsWith(path) || !path
          ? issue.message
          : `${path}: ${issue.message}`
        : 'not a ClaimReview',
    };
  }
  const r = parsed.data;
  const publisher = named(r.publisher).name ? named(r.publisher) : named(r.author);
  if (!publisher.name) return { reason: 'no publisher: give author.name or publisher.name' };
  const rating = r.reviewRating;
  return {
    review: {
      reviewUrl: r.url,
      claimReviewed: r.claimReviewed,
      publisherName: publisher.name,
      publisherUrl: publisher.url,
      ratingName: rating?.alternateName ?? rating?.name ?? null,
      ratingValue: rating?.ratingValue ?? null,
      bestRating: rating?.bestRating ?? null,
      worstRating: rating?.worstRating ?? null,
      claimAuthor: named(r.itemReviewed?.author).name,
      claimDate: r.itemReviewed?.datePublished ?? null,
      reviewDate: r.datePublished ?? null,
    },
  };
}

/** The line where each `{` opening an element of the container at `depth` starts (strings skipped). */
function elementLines(text: string, depth: number, after = 0): number[] {
  const lines: number[] = [];
  let line = 1;
  let level = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === '\n') line += 1;
    if (inString) {
      if (ch === '\\') i += 1;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') {
      if (ch === '{' && level === depth && i >= after) lines.push(line);
      level += 1;
    } else if (ch === '}' || ch === ']') level -= 1;
  }
  return lines;
}

function collect(items: unknown[], lines: number[], out: ParseOutcome): ParseOutcome {
  items.forEach((item, index) => {
    const line = lines[index] ?? 1;
    const result = toReview(item);
    if ('review' in result) out.records.push({ line, review: result.review });
    else out.refused.push({ line, reason: result.reason });
  });
  return out;
}

/**
 * Reads schema.org ClaimReview JSON-LD: one object, an array, an object with @graph, or JSON
 * lines (one object per line). Every valid review is returned; every invalid one is refused
 * with its line and the reason.
 */
export function parseClaimReviews(text: string): ParseOutcome {
  const out: ParseOutcome = { records: [], refused: [] };
  let whole: unknown;
  try {
    whole = JSON.parse(text);
  } catch {
    whole = undefined;
  }
  if (Array.isArray(whole)) return collect(whole, elementLines(text, 1), out);
  if (whole && typeof whole === 'object') {
    const graph = (whole as Record<string, unknown>)['@graph'];
    if (Array.isArray(graph)) return collect(graph, elementLines(text, 2, text.indexOf('"@graph"')), out);
    return collect([whole], [1], out);
  }
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (!line) return;
    try {
      const result = toReview(JSON.parse(line));
      if ('review' in result) out.records.push({ line: index + 1, review: result.review });
      else out.refused.push({ line: index + 1, reason: result.reason });
    } catch (error) {
      out.refused.push({ line: index + 1, reason: `not JSON: ${error instanceof Error ? error.message : String(error)}` });
    }
  });
  return out;
}
