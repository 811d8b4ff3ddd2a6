export { countScaleClaims, seedScale } from './seed-scale';
export type { ScaleSeed } from './seed-scale';
export { CLAIM_STATUS_SQL, createOneSqlReader, ensureDatabase } from './one-sql';
export type { OneSqlReader } from './one-sql';
export { withDatabase } from '../env';
export { createBareCandidateReader, unreachableReason } from './match-sql';
export type { BareCandidateReader } from './match-sql';
