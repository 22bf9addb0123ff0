import type { Role } from '../db/schema.js';
import { AppError } from '../errors.js';
import { ROLE_PERMISSIONS, type Permission } from './permissions.js';

/** A role as held by a user, with its scope; null scope fields mean unrestricted. */
export interface RoleGrant {
  role: Role;
  orgUnitId: number | null;
  /** Path of the scope org unit ('/1/5/'), to test subtrees without a query. */
  orgUnitPath: string | null;
  departmentId: number | null;
  planId: number | null;
}

/** Who is acting: the authenticated user with roles and the permissions they carry. */
export interface Actor {
  userId: number;
  username: string;
  displayName: string;
  locale: string;
  grants: RoleGrant[];
  via: 'session' | 'token' | 'cli';
}

export function permissionsOf(actor: Actor): Set<Permission> {
  return new Set(actor.grants.flatMap((g) => ROLE_PERMISSIONS[g.role]));
}

export function hasPermission(actor: Actor | null, permission: Permission): boolean {
  if (permission === 'public') return true;
  if (!actor) return false;
  return permissionsOf(actor).has(permission);
}

function grantsFor(actor: Actor, permission: Permission): RoleGrant[] {
  return actor.grants.filter((g) => ROLE_PERMISSIONS[g.role].includes(permission));
}

/** May the actor use `permission` on the org unit whose path is given (the unit or its subtree)? */
export function canActOnOrgUnit(actor: Actor, permission: Permission, orgUnitPath: string): boolean {
  return grantsFor(actor, permission).some((g) => g.orgUnitPath === null || orgUnitPath.startsWith(g.orgUnitPath));
}

/** May the actor use `permission` for the department (tasks and projects assigned to it)? */
export function canActForDepartment(actor: Actor, permission: Permission, departmentIds: number[]): boolean {
  return grantsFor(actor, permission).some((g) => g.departmentId === null || departmentIds.includes(g.departmentId));
}

/** May the actor use `permission` on the plan? */
export function canActOnPlan(actor: Actor, permission: Permission, planId: number): boolean {
  return grantsFor(actor, permission).some((g) => g.planId === null || g.planId === planId);
}

export function requireActor(actor: Actor | null): Actor {
  if (!actor) throw unauthenticated();
  return actor;
}

export function unauthenticated(): AppError {
  return new AppError('UNAUTHENTICATED', { zh: '请先登录', en: 'Please log in first' });
}

export function outOfScope(what: { zh: string; en: string }): AppError {
  return new AppError('OUT_OF_SCOPE', {
    zh: `无权操作${what.zh}：超出您的授权范围`,
    en: `You may not act on ${what.en}: it is outside your scope`,
  });
}
