import { describe, expect, it } from 'vitest';
import { findMentionHandles, handleNamesPerson } from './mentions';

describe('mentions', () => {
  it('finds each @handle once, ignoring e-mail addresses', () => {
    expect(findMentionHandles('@Rita can you check? cc @eddie.editor and @rita. Mail x@example.org')).toEqual([
      'rita',
      'eddie.editor',
    ]);
  });
  it('matches a first name, a full name or the e-mail name', () => {
    const rita = { name: 'Rita Reviewer', email: 'reviewer@demo.claimledger.org' };
    expect(handleNamesPerson('rita', rita)).toBe(true);
    expect(handleNamesPerson('ritareviewer', rita)).toBe(true);
    expect(handleNamesPerson('reviewer', rita)).toBe(true);
    expect(handleNamesPerson('eddie', rita)).toBe(false);
  });
});
