import { permissionsOf, type Actor } from './actor.js';

/** The JSON shape of the logged-in user, as login and /me return it. */
export function presentSession(actor: Actor, csrfToken: string | null) {
  return {
    user: {
      id: actor.userId,
      username: actor.username,
      displayName: actor.displayName,
      locale: actor.locale,
      roles: actor.grants.map((g) => ({ role: g.role, orgUnit: g.orgUnitId, department: g.departmentId, plan: g.planId })),
      permissions: [...permissionsOf(actor)].sort(),
    },
    csrfToken,
  };
}
