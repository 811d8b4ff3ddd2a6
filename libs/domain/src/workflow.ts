import { AppError } from './app-error';

export const WORKFLOW_STATES = ['new', 'in_review', 'submitted', 'approved', 'sent_back', 'not_checkworthy', 'void'] as const;
export type WorkflowState = (typeof WORKFLOW_STATES)[number];

export const WORKFLOW_STATE_LABELS: Record<WorkflowState, string> = {
  new: 'New',
  in_review: 'In review',
  submitted: 'Submitted',
  approved: 'Approved (published)',
  sent_back: 'Sent back',
  not_checkworthy: 'Not checkworthy',
  void: 'Void after correction',
};

const TRANSITIONS: Record<WorkflowState, readonly WorkflowState[]> = {
  new: ['in_review', 'not_checkworthy'],
  in_review: ['submitted', 'not_checkworthy', 'new'],
  submitted: ['approved', 'sent_back'],
  sent_back: ['in_review', 'not_checkworthy'],
  approved: ['void'],
  not_checkworthy: ['new'],
  void: ['in_review'],
};

export function allowedTransitions(from: WorkflowState): readonly WorkflowState[] {
  return TRANSITIONS[from];
}

export function canTransition(from: WorkflowState, to: WorkflowState): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Throws a conflict AppError when the workflow does not allow `from → to`. */
export function assertTransition(from: WorkflowState, to: WorkflowState): void {
  if (!canTransition(from, to)) {
    throw new AppError(
      'INVALID_TRANSITION',
      `A claim cannot move from "${WORKFLOW_STATE_LABELS[from]}" to "${WORKFLOW_STATE_LABELS[to]}".`,
    );
  }
}

/** States an editor's decision reaches: approving or sending back a review, correcting a verdict. */
const DECISION_STATES: readonly WorkflowState[] = ['approved', 'sent_back', 'void'];

export function isDecisionState(state: WorkflowState): boolean {
  return DECISION_STATES.includes(state);
}

/** Submitting needs a review with a verdict; the rest are decisions. None is a bare move. */
export function isReachedThroughReview(state: WorkflowState): boolean {
  return state === 'submitted' || isDecisionState(state);
}

/** The moves a person makes by hand; the rest go through reviews and corrections. */
export function manualTransitions(from: WorkflowState): readonly WorkflowState[] {
  return TRANSITIONS[from].filter((to) => !isReachedThroughReview(to));
}
