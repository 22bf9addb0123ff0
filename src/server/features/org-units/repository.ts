import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

export function findOrgUnit(db: Kysely<Database>, code: string) {
  return db.selectFrom('org_units').select(['id', 'code', 'name', 'path']).where('code', '=', code).executeTakeFirst();
}

export async function saveBoundary(db: Kysely<Database>, orgUnitId: number, geometry: unknown): Promise<void> {
  const geojson = JSON.stringify(geometry);
  await db
    .insertInto('org_unit_boundaries')
    .values({ org_unit_id: orgUnitId, geojson })
    .onConflict((oc) => oc.column('org_unit_id').doUpdateSet({ geojson, updated_at: new Date() }))
    .execute();
}

/** The boundaries of the unit's direct children that have one, in code order. */
export function childBoundaries(db: Kysely<Database>, parentId: number) {
  return db
    .selectFrom('org_units as u')
    .innerJoin('org_unit_boundaries as b', 'b.org_unit_id', 'u.id')
    .select(['u.code', 'u.name', 'b.geojson'])
    .where('u.parent_id', '=', parentId)
    .orderBy('u.code')
    .execute();
}

/** The departments of the region the plan belongs to, in code order. */
export function planDepartments(db: Kysely<Database>, planCode: string) {
  return db
    .selectFrom('plans as p')
    .leftJoin('departments as d', 'd.region_org_unit_id', 'p.region_org_unit_id')
    .select(['p.id as plan_id', 'd.code', 'd.name'])
    .where('p.code', '=', planCode)
    .orderBy('d.code')
    .execute();
}

/** Every org unit with its parent's code, parents before their children. */
export function listOrgUnits(db: Kysely<Database>) {
  return db
    .selectFrom('org_units as u')
    .leftJoin('org_units as p', 'p.id', 'u.parent_id')
    .select(['u.code', 'u.name', 'u.level', 'p.code as parent'])
    .orderBy('u.path')
    .execute();
}
