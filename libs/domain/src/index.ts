export { AppError, ERROR_CODES, internalErrorIdOf, internalErrorMessage, isAppError } from './app-error';
export type { ErrorCode } from './app-error';
export { CLAIM_KINDS, DURATION_UNITS, SHARE_UNITS, TEXT_KINDS, VALUE_BOUNDS } from './claim-kind';
export { claimValueProblems } from './claim-values';
export { findMentionHandles, handleNamesPerson } from './mentions';
export type { ClaimValues, ValueProblem } from './claim-values';
export type { ClaimKind, TextKind, ValueBound } from './claim-kind';
export {
  WORKFLOW_STATES,
  WORKFLOW_STATE_LABELS,
  allowedTransitions,
  assertTransition,
  canTransition,
  isDecisionState,
  isReachedThroughReview,
  manualTransitions,
} from './workflow';
export type { WorkflowState } from './workflow';
export { DEFAULT_VERDICT_SCALE } from './verdict-scale';
export type { VerdictLabelSpec } from './verdict-scale';
export { API_SCOPES, PERMISSIONS, ROLES, ROLE_PERMISSIONS, can, permissionToMove } from './permissions';
export type { ApiScope, Permission, Role } from './permissions';
export { CLI_ACTOR } from './actor';
export type { Actor } from './actor';
export { NUMBER_MULTIPLES, NUMBER_ORDINALS, NUMBER_SCALES, NUMBER_UNITS } from './number-words';
