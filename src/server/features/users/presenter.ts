import type { RoleRow } from './repository.js';

interface UserRow {
  id: number;
  username: string;
  display_name: string;
  locale: string;
  is_active: boolean;
  version: number;
  created_at: Date;
}

/** The JSON shape of a user: never the password hash. */
export function presentUser(user: UserRow, roles: RoleRow[]) {
  return {
    id: user.id,
    username: user.username,
    displayName: user.display_name,
    locale: user.locale,
    active: user.is_active,
    version: user.version,
    createdAt: user.created_at,
    roles: roles.map((r) => ({ role: r.role, orgUnit: r.orgUnitId, department: r.departmentId, plan: r.planId })),
  };
}
