import type { DbExecutor } from '../client';

/** Large job data is kept this long (the job queue drops it once its job is done for good). */
export const JOB_PAYLOAD_DAYS = 7;

/** Removes the parts of large job data stored before `before` (a job left failed); returns how many. */
export async function deleteOldJobPayloadParts(db: DbExecutor, before: Date): Promise<number> {
  const { count } = await db.jobPayloadPart.deleteMany({ where: { createdAt: { lt: before } } });
  return count;
}
