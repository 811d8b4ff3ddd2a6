export { EXTRACTOR_VERSION, extractClaims } from './extract';
export { extractDocument } from './extract-document';
export { CHECKWORTHINESS_MODEL, isCheckworthy, scoreSentence } from './checkworthiness/model';
export { findHeader, findTitle } from './headline';
export { segmentSentences } from './segment';
export { articleBodyEnd } from './boilerplate';
export type { ExtractedClaim, ExtractOptions } from './types';
