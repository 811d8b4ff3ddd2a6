import { randomUUID } from 'node:crypto';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { JOB_PAYLOAD_DAYS } from '@claimledger/db';
import { AppError } from '@claimledger/domain';

type Sql = (text: string, values?: unknown[]) => Promise<{ rows: Array<Record<string, unknown>> }>;

/** Job data longer than this (as JSON) is kept in JobPayloadPart; the job carries its id. */
export const LARGE_DATA_CHARS = 256 * 1024;
/** Characters per stored part: one short statement each on the embedded database. */
export const PART_CHARS = 128 * 1024;

const REF = '$payload';

/** Where `text` may be cut near `at` without splitting a surrogate pair. */
function cutAt(text: string, at: number): number {
  if (at >= text.length) return text.length;
  const code = text.charCodeAt(at);
  return code >= 0xdc00 && code <= 0xdfff ? at - 1 : at;
}

/**
 * Small data is returned as it is. Large data (an article of up to 2 MiB) is stored in parts,
 * giving way between them, and replaced by a reference the worker resolves with loadPayload.
 */
export async function offloadLarge(sql: Sql, data: object): Promise<object> {
  const json = JSON.stringify(data);
  if (json.length <= LARGE_DATA_CHARS) return data;
  const id = randomUUID();
  for (let seq = 0, start = 0; start < json.length; seq++) {
    const end = cutAt(json, start + PART_CHARS);
    await sql(`INSERT INTO "JobPayloadPart" ("payloadId", "seq", "text") VALUES ($1, $2, $3)`, [id, seq, json.slice(start, end)]);
    start = end;
    await nextTurn();
  }
  return { [REF]: id };
}

/** The payload id of a job's data, or null when the data is inline. */
export function payloadIdOf(data: unknown): string | null {
  if (!data || typeof data !== 'object') return null;
  const id = (data as Record<string, unknown>)[REF];
  return typeof id === 'string' ? id : null;
}

/** Reads a large job's data back, part by part. */
export async function loadPayload(sql: Sql, id: string): Promise<unknown> {
  const parts: string[] = [];
  for (let seq = 0; ; seq++) {
    const { rows } = await sql(`SELECT "text" FROM "JobPayloadPart" WHERE "payloadId" = $1 AND "seq" = $2`, [id, seq]);
    const text = rows[0]?.text;
    if (typeof text !== 'string') break;
    parts.push(text);
    await nextTurn();
  }
  if (!parts.length)
    throw new AppError('NOT_FOUND', `The job's data (${id}) is gone: it was removed after ${JOB_PAYLOAD_DAYS} days.`);
  return JSON.parse(parts.join('')) as unknown;
}

export async function dropPayload(sql: Sql, id: string): Promise<void> {
  await sql(`DELETE FROM "JobPayloadPart" WHERE "payloadId" = $1`, [id]);
}
