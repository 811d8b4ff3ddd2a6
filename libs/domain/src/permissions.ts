import { isDecisionState, type WorkflowState } from './workflow';

export const ROLES = ['admin', 'editor', 'reviewer', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  'claim:read',
  'article:ingest',
  'claim:review',
  'claim:approve',
  'claim:assign',
  'report:export',
  'key:manage',
  'scale:manage',
  'user:manage',
  'source:manage',
  'job:manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const VIEWER: Permission[] = ['claim:read'];
const REVIEWER: Permission[] = [...VIEWER, 'article:ingest', 'claim:review'];
const EDITOR: Permission[] = [...REVIEWER, 'claim:approve', 'claim:assign', 'report:export', 'source:manage'];
const ADMIN: Permission[] = [...EDITOR, 'key:manage', 'scale:manage', 'user:manage', 'job:manage'];

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

/**
 * Publishing, sending back and voiding are an editor's decision, made through a review or a
 * correction; every other move is review work.
 */
export function permissionToMove(to: WorkflowState): Permission {
  return isDecisionState(to) ? 'claim:approve' : 'claim:review';
}

/** What an API key may do; keys act for consumers, never as a person. */
export const API_SCOPES = ['claims:read', 'articles:read', 'articles:ingest', 'webhooks:manage'] as const;
export type ApiScope = (typeof API_SCOPES)[number];
