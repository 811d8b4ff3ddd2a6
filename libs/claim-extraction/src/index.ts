export { EXTRACTOR_VERSION, extractClaims } from './extract';
export { extractDocument } from './extract-document';
export { CHECKWORTHINESS_MODEL, isCheckworthy, scoreSentence } from './checkworthiness/model';
export { detectKinds } from './sentence-kinds';
export type { SentenceKind } from './sentence-kinds';
export { segmentSentences } from './segment';
export { articleBodyEnd } from './boilerplate';
export type { ExtractedClaim, ExtractOptions } from './types';
