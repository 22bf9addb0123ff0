import type { Role } from '../db/schema.js';

/**
 * What each role may do. Every route declares one of these permissions (its `config.permission`);
 * the scope of a role (org-unit subtree, department, plan) is checked by the service that acts.
 */
export type Permission =
  | 'public'
  | 'authenticated'
  | 'plan:read'
  | 'plan:write'
  | 'plan:publish'
  | 'data:read'
  | 'data:write'
  | 'data:approve'
  | 'task:update'
  | 'project:update'
  | 'evaluation:create'
  | 'evaluation:publish'
  | 'users:manage'
  | 'orgunits:manage'
  | 'settings:manage'
  | 'audit:read';

const READ: Permission[] = ['authenticated', 'plan:read', 'data:read'];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: [
    ...READ,
    'plan:write',
    'plan:publish',
    'data:write',
    'data:approve',
    'task:update',
    'project:update',
    'evaluation:create',
    'evaluation:publish',
    'users:manage',
    'orgunits:manage',
    'settings:manage',
    'audit:read',
  ],
  planner: [...READ, 'plan:write', 'plan:publish', 'task:update', 'project:update', 'evaluation:create', 'evaluation:publish', 'audit:read'],
  reporter: [...READ, 'task:update', 'project:update'],
  clerk: [...READ, 'data:write'],
  approver: [...READ, 'data:approve', 'audit:read'],
  viewer: [...READ],
};

export const ROLES = Object.keys(ROLE_PERMISSIONS) as Role[];

/** Permissions that change something: never granted to anonymous callers. */
export function isWritePermission(permission: Permission): boolean {
  return !['public', 'authenticated', 'plan:read', 'data:read', 'audit:read'].includes(permission);
}
