import type { Kysely } from 'kysely';
import type { Database, Role } from '../../db/schema.js';

export interface RoleRow {
  role: Role;
  orgUnitId: number | null;
  departmentId: number | null;
  planId: number | null;
}

export function listUsers(db: Kysely<Database>) {
  return db.selectFrom('users').select(['id', 'username', 'display_name', 'locale', 'is_active', 'version', 'created_at']).orderBy('id').execute();
}

export function findUser(db: Kysely<Database>, id: number) {
  return db.selectFrom('users').select(['id', 'username', 'display_name', 'locale', 'is_active', 'version', 'created_at']).where('id', '=', id).executeTakeFirst();
}

export async function rolesOf(db: Kysely<Database>, userIds: number[]): Promise<Map<number, RoleRow[]>> {
  const byUser = new Map<number, RoleRow[]>();
  if (userIds.length === 0) return byUser;
  const rows = await db.selectFrom('user_roles').selectAll().where('user_id', 'in', userIds).orderBy('id').execute();
  for (const r of rows) {
    const list = byUser.get(r.user_id) ?? [];
    list.push({ role: r.role, orgUnitId: r.org_unit_id, departmentId: r.department_id, planId: r.plan_id });
    byUser.set(r.user_id, list);
  }
  return byUser;
}

export async function insertUser(
  db: Kysely<Database>,
  user: { username: string; displayName: string; passwordHash: string; locale: string },
): Promise<number> {
  const row = await db
    .insertInto('users')
    .values({ username: user.username, display_name: user.displayName, password_hash: user.passwordHash, locale: user.locale })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function replaceRoles(db: Kysely<Database>, userId: number, roles: RoleRow[]): Promise<void> {
  await db.deleteFrom('user_roles').where('user_id', '=', userId).execute();
  if (roles.length === 0) return;
  await db
    .insertInto('user_roles')
    .values(roles.map((r) => ({ user_id: userId, role: r.role, org_unit_id: r.orgUnitId, department_id: r.departmentId, plan_id: r.planId })))
    .execute();
}

/** Updates a user only if it still has the version the caller read; returns false on a conflict. */
export async function updateUser(
  db: Kysely<Database>,
  id: number,
  expectedVersion: number,
  changes: { display_name?: string; locale?: string; is_active?: boolean; password_hash?: string },
): Promise<boolean> {
  const result = await db
    .updateTable('users')
    .set((eb) => ({ ...changes, version: eb('version', '+', 1), updated_at: new Date() }))
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function countUsers(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

export function orgUnitIdByCode(db: Kysely<Database>, code: string) {
  return db.selectFrom('org_units').select('id').where('code', '=', code).executeTakeFirst();
}

export function departmentIdByCode(db: Kysely<Database>, code: string) {
  return db.selectFrom('departments').select('id').where('code', '=', code).executeTakeFirst();
}

export function planIdByCode(db: Kysely<Database>, code: string) {
  return db.selectFrom('plans').select('id').where('code', '=', code).executeTakeFirst();
}
