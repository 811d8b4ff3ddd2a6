// The batch matcher behind `claimledger match --jsonl`: an in-memory BM25 first stage over a
// corpus of {"id","text","title"?} lines, then the same reranker the product uses.
import { z } from 'zod';
import { AppError } from '@claimledger/domain';
import { createBm25Index } from './bm25.ts';
import { type Matcher } from './matcher.ts';
import { type MatchText, type RankedMatch } from './types.ts';

export const MAX_MATCH_TEXT_CHARS = 10_000;
export const MIN_BATCH_MATCHES = 5;

const ZMatchText = z.object({
  id: z.union([z.string().min(1), z.number()], { error: 'missing id (a non-empty string or a number)' }).transform(String),
  text: z.string().trim().min(1, 'empty text').max(MAX_MATCH_TEXT_CHARS, `text longer than ${MAX_MATCH_TEXT_CHARS} characters`),
  title: z.string().max(MAX_MATCH_TEXT_CHARS, `title longer than ${MAX_MATCH_TEXT_CHARS} characters`).optional(),
});

/** Parses one JSON line; the error message names the source and line number. */
export function parseMatchLine(line: string, source: string, lineNumber: number): MatchText {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    throw new AppError('BAD_INPUT', `${source} line ${lineNumber}: not valid JSON`);
  }
  const parsed = ZMatchText.safeParse(raw);
  if (!parsed.success) {
    const detail = parsed.error.issues
      .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
      .join('; ');
    throw new AppError('BAD_INPUT', `${source} line ${lineNumber}: ${detail}`);
  }
  const { id, text, title } = parsed.data;
  return title ? { id, text, title } : { id, text };
}

/** Reads a whole corpus file's text; a bad or duplicate line stops with its line number. */
export function parseCorpus(content: string, source = 'corpus'): MatchText[] {
  const seen = new Set<string>();
  const corpus: MatchText[] = [];
  content.split('\n').forEach((line, index) => {
    if (!line.trim()) return;
    const doc = parseMatchLine(line, source, index + 1);
    if (seen.has(doc.id)) throw new AppError('BAD_INPUT', `${source} line ${index + 1}: duplicate id ${doc.id}`);
    seen.add(doc.id);
    corpus.push(doc);
  });
  if (corpus.length === 0) throw new AppError('BAD_INPUT', `${source} has no lines`);
  return corpus;
}

export interface CorpusMatcher {
  match(query: MatchText, limit?: number): RankedMatch[];
}

/** First stage (BM25 over claim and title, `depth` candidates) then the reranker. */
export function createCorpusMatcher(corpus: readonly MatchText[], matcher: Matcher, depth: number): CorpusMatcher {
  const index = createBm25Index(corpus);
  return {
    match(query, limit = MIN_BATCH_MATCHES) {
      const wanted = Math.min(corpus.length, Math.max(limit, MIN_BATCH_MATCHES));
      const candidates = index.search(query.text, Math.max(depth, wanted)).map((hit) => hit.doc);
      const chosen = new Set(candidates);
      for (const doc of corpus) {
        if (candidates.length >= wanted) break;
        if (!chosen.has(doc)) candidates.push(doc);
      }
      return matcher.rank(query, candidates, wanted);
    },
  };
}

/** One query line in, one result line out; a bad line answers with an error naming it. */
export function matchLine(corpus: CorpusMatcher, line: string, lineNumber: number, limit = MIN_BATCH_MATCHES): string {
  let query: MatchText;
  try {
    query = parseMatchLine(line, 'stdin', lineNumber);
  } catch (error) {
    const id = idOf(line);
    return JSON.stringify({ id, error: error instanceof Error ? error.message : String(error) });
  }
  const matches = corpus
    .match(query, limit)
    .map(({ id, score, valueChange }) => ({ id, score: Math.round(score * 1e4) / 1e4, valueChange }));
  return JSON.stringify({ id: query.id, matches });
}

function idOf(line: string): string | null {
  try {
    const raw: unknown = JSON.parse(line);
    if (typeof raw === 'object' && raw && 'id' in raw) {
      const { id } = raw as { id: unknown };
      if (typeof id === 'string' || typeof id === 'number') return String(id);
    }
  } catch {
    return null;
  }
  return null;
}
