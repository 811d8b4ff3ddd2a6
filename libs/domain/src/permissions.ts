import type { WorkflowState } from './workflow';

export const ROLES = ['admin', 'editor', 'reviewer', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  'claim:read',
  'article:ingest',
  'claim:review',
  'claim:approve',
  'user:manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const VIEWER: Permission[] = ['claim:read'];
const REVIEWER: Permission[] = [...VIEWER, 'article:ingest', 'claim:review'];
const EDITOR: Permission[] = [...REVIEWER, 'claim:approve'];
const ADMIN: Permission[] = [...EDITOR, 'user:manage'];

/** Role → permission policy: admin (users, scales, settings) ⊃ editor (approves, publishes) ⊃ reviewer ⊃ viewer. */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  viewer: VIEWER,
  reviewer: REVIEWER,
  editor: EDITOR,
  admin: ADMIN,
};

export function can(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

/** Publishing and sending back are an editor's decision; every other move is review work. */
export function permissionToMove(to: WorkflowState): Permission {
  return to === 'approved' || to === 'sent_back' || to === 'void' ? 'claim:approve' : 'claim:review';
}
