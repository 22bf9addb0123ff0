import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { RoleGrant } from './actor.js';

/** SQL of authentication: users by name, sessions, API tokens and role grants. */

export function findUserByUsername(db: Kysely<Database>, username: string) {
  return db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
}

export function findUserById(db: Kysely<Database>, id: number) {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function grantsOfUser(db: Kysely<Database>, userId: number): Promise<RoleGrant[]> {
  const rows = await db
    .selectFrom('user_roles as r')
    .leftJoin('org_units as o', 'o.id', 'r.org_unit_id')
    .select(['r.role', 'r.org_unit_id', 'o.path', 'o.id as unit_id', 'r.department_id', 'r.plan_id'])
    .where('r.user_id', '=', userId)
    .orderBy('r.id')
    .execute();
  return rows.map((r) => ({
    role: r.role,
    orgUnitId: r.org_unit_id,
    orgUnitPath: r.org_unit_id === null ? null : `${r.path}${r.unit_id}/`,
    departmentId: r.department_id,
    planId: r.plan_id,
  }));
}

export async function insertSession(db: Kysely<Database>, row: { id: string; userId: number; csrfToken: string; expiresAt: Date }) {
  await db
    .insertInto('sessions')
    .values({ id: row.id, user_id: row.userId, csrf_token: row.csrfToken, expires_at: row.expiresAt })
    .execute();
}

export function findLiveSession(db: Kysely<Database>, id: string) {
  return db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select(['s.id', 's.csrf_token', 's.user_id', 'u.username', 'u.display_name', 'u.locale'])
    .where('s.id', '=', id)
    .where('s.expires_at', '>', new Date())
    .where('u.is_active', '=', true)
    .executeTakeFirst();
}

export async function deleteSession(db: Kysely<Database>, id: string) {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

export async function insertApiToken(db: Kysely<Database>, row: { userId: number; name: string; tokenHash: string }) {
  return db
    .insertInto('api_tokens')
    .values({ user_id: row.userId, name: row.name, token_hash: row.tokenHash })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export function findLiveToken(db: Kysely<Database>, tokenHash: string) {
  return db
    .selectFrom('api_tokens as t')
    .innerJoin('users as u', 'u.id', 't.user_id')
    .select(['t.id', 't.user_id', 'u.username', 'u.display_name', 'u.locale'])
    .where('t.token_hash', '=', tokenHash)
    .where('t.revoked_at', 'is', null)
    .where('u.is_active', '=', true)
    .executeTakeFirst();
}

export async function touchToken(db: Kysely<Database>, id: number) {
  await db.updateTable('api_tokens').set({ last_used_at: new Date() }).where('id', '=', id).execute();
}
