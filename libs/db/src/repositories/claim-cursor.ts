import { AppError } from '@claimledger/domain';
import { z } from 'zod';

/**
 * Keyset cursors: the sort key of the last row of a page, base64url JSON so it fits a URL and
 * a shared link opens the same page. Queue order is (checkworthiness desc, id asc); search
 * order puts the relevance score first.
 */
export type QueueCursor = { score?: number; checkworthiness: number; id: string };

const ZCursor = z.union([
  z.tuple([z.number(), z.string().min(1).max(64)]),
  z.tuple([z.number(), z.number(), z.string().min(1).max(64)]),
]);

export function encodeCursor(cursor: QueueCursor): string {
  const parts =
    cursor.score === undefined ? [cursor.checkworthiness, cursor.id] : [cursor.score, cursor.checkworthiness, cursor.id];
  return Buffer.from(JSON.stringify(parts)).toString('base64url');
}

/** The cursor's sort key; a cursor that does not decode is bad input, never a silent first page. */
export function decodeCursor(raw: string): QueueCursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    throw new AppError('BAD_INPUT', 'cursor: not a valid page cursor');
  }
  const result = ZCursor.safeParse(parsed);
  if (!result.success) throw new AppError('BAD_INPUT', 'cursor: not a valid page cursor');
  const value = result.data;
  return value.length === 2
    ? { checkworthiness: value[0], id: value[1] }
    : { score: value[0], checkworthiness: value[1], id: value[2] };
}
