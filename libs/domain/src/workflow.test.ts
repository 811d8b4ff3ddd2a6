import { describe, expect, it } from 'vitest';
import { AppError } from './app-error';
import {
  WORKFLOW_STATES,
  allowedTransitions,
  assertTransition,
  canTransition,
  isDecisionState,
  isReachedThroughReview,
  manualTransitions,
} from './workflow';

describe('workflow state machine', () => {
  it('lets a new claim enter review or be marked not checkworthy', () => {
    expect(allowedTransitions('new')).toEqual(['in_review', 'not_checkworthy']);
  });

  it('publishes only from submitted', () => {
    const into = WORKFLOW_STATES.filter((s) => canTransition(s, 'approved'));
    expect(into).toEqual(['submitted']);
  });

  it('voids only a published claim', () => {
    expect(WORKFLOW_STATES.filter((s) => canTransition(s, 'void'))).toEqual(['approved']);
  });

  it('rejects a skipped step with a conflict error naming both states', () => {
    expect(() => assertTransition('new', 'approved')).toThrowError(AppError);
    try {
      assertTransition('new', 'approved');
    } catch (error) {
      expect((error as AppError).code).toBe('INVALID_TRANSITION');
      expect((error as AppError).httpStatus).toBe(409);
      expect((error as AppError).message).toContain('"New" to "Approved (published)"');
    }
  });

  it('leaves submitting, publishing, sending back and voiding to reviews and corrections', () => {
    expect(manualTransitions('submitted')).toEqual([]);
    expect(manualTransitions('approved')).toEqual([]);
    expect(manualTransitions('in_review')).toEqual(['not_checkworthy', 'new']);
    expect(WORKFLOW_STATES.filter(isDecisionState)).toEqual(['approved', 'sent_back', 'void']);
    expect(WORKFLOW_STATES.filter(isReachedThroughReview)).toEqual(['submitted', 'approved', 'sent_back', 'void']);
  });

  it('never allows staying in place', () => {
    for (const s of WORKFLOW_STATES) expect(canTransition(s, s)).toBe(false);
  });
});
