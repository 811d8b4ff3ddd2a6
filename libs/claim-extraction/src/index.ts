export { EXTRACTOR_VERSION, extractClaims } from './extract';
export { CHECKWORTHY_THRESHOLD } from './checkworthiness';
export { segmentSentences } from './segment';
export { articleBodyEnd } from './boilerplate';
export type { ExtractedClaim, ExtractOptions } from './types';
