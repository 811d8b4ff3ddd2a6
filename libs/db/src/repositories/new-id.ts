import { randomUUID } from 'node:crypto';

/**
 * An id for rows inserted by raw SQL (Prisma's cuid() is made in its client): a random UUID's 32
 * hex digits, letters and digits only as every id the API takes (ZId).
 */
export const newId = (): string => randomUUID().replaceAll('-', '');
