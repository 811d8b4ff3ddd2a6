import { describe, expect, it } from 'vitest';
import { ROLES, can, permissionToMove } from './permissions';

describe('role → permission policy', () => {
  it('orders roles from viewer to admin, each holding what the one below holds', () => {
    expect(can('viewer', 'claim:read')).toBe(true);
    expect(can('viewer', 'claim:review')).toBe(false);
    expect(can('reviewer', 'claim:review')).toBe(true);
    expect(can('reviewer', 'claim:approve')).toBe(false);
    expect(can('editor', 'claim:approve')).toBe(true);
    expect(can('editor', 'user:manage')).toBe(false);
    for (const role of ROLES) expect(can(role, 'claim:read')).toBe(true);
    expect(ROLES.filter((r) => can(r, 'user:manage'))).toEqual(['admin']);
    expect(ROLES.filter((r) => can(r, 'scale:manage'))).toEqual(['admin']);
    expect(ROLES.filter((r) => can(r, 'job:manage'))).toEqual(['admin']);
    expect(ROLES.filter((r) => can(r, 'claim:assign'))).toEqual(['admin', 'editor']);
    expect(ROLES.filter((r) => can(r, 'report:export'))).toEqual(['admin', 'editor']);
    expect(ROLES.filter((r) => can(r, 'source:manage'))).toEqual(['admin', 'editor']);
  });

  it('keeps publishing for editors', () => {
    expect(permissionToMove('approved')).toBe('claim:approve');
    expect(permissionToMove('sent_back')).toBe('claim:approve');
    expect(permissionToMove('void')).toBe('claim:approve');
    expect(permissionToMove('in_review')).toBe('claim:review');
    expect(permissionToMove('submitted')).toBe('claim:review');
  });
});
