import type { Kysely } from 'kysely';
import type { Database, ProjectStage } from '../../db/schema.js';
import { dateText } from '../tasks/repository.js';


function projectQuery(db: Kysely<Database>) {
  return db
    .selectFrom('projects as p')
    .leftJoin('org_units as o', 'o.id', 'p.location_org_unit_id')
    .leftJoin('departments as d', 'd.id', 'p.department_id')
    .select([
      'p.id',
      'p.plan_id',
      'p.code',
      'p.name',
      'p.location_text',
      'p.kind',
      'p.content',
      'p.beds',
      'p.floor_area',
      'p.investment',
      'p.investment_text',
      'p.planned_start',
      'p.planned_completion',
      'p.stage',
      'p.percent',
      'p.last_update_at',
      'p.department_id',
      'p.version',
      'o.code as location_code',
      'o.name as location_name',
      'd.code as department_code',
      'd.name as department_name',
    ]);
}

export function projectsOfPlan(db: Kysely<Database>, planId: number) {
  return projectQuery(db).where('p.plan_id', '=', planId).orderBy('p.sort_order').execute();
}

export function findProject(db: Kysely<Database>, id: number) {
  return projectQuery(db).where('p.id', '=', id).executeTakeFirst();
}

export type ProjectRow = NonNullable<Awaited<ReturnType<typeof findProject>>>;

/** The updates of projects, newest first (by report date, then entry order). */
export async function projectUpdates(db: Kysely<Database>, projectIds: number[]) {
  if (projectIds.length === 0) return [];
  const rows = await db
    .selectFrom('project_updates as u')
    .leftJoin('users as us', 'us.id', 'u.created_by')
    .select(['u.id', 'u.project_id', 'u.reported_on', 'u.stage', 'u.percent', 'u.narrative', 'u.created_at', 'us.username'])
    .where('u.project_id', 'in', projectIds)
    .orderBy('u.reported_on', 'desc')
    .orderBy('u.id', 'desc')
    .execute();
  return rows.map((r) => ({ ...r, reported_on: dateText(r.reported_on)! }));
}

export async function insertProjectUpdate(
  db: Kysely<Database>,
  update: { projectId: number; reportedOn: string; stage: ProjectStage | null; percent: number; narrative: string; userId: number | null },
) {
  const row = await db
    .insertInto('project_updates')
    .values({ project_id: update.projectId, reported_on: update.reportedOn, stage: update.stage, percent: update.percent, narrative: update.narrative, created_by: update.userId })
    .returning(['id', 'created_at'])
    .executeTakeFirstOrThrow();
  await db.updateTable('projects').set({ last_update_at: new Date(), updated_at: new Date() }).where('id', '=', update.projectId).execute();
  // The project shows the latest report: an update dated before the latest one does not overwrite it.
  await db
    .updateTable('projects')
    .set({ percent: update.percent, ...(update.stage ? { stage: update.stage } : {}) })
    .where('id', '=', update.projectId)
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('project_updates').select('id').where('project_id', '=', update.projectId).where('reported_on', '>', update.reportedOn))),
    )
    .execute();
  return row;
}

/** Assigns a project's department only if it still has the version the caller read; false on a conflict. */
export async function assignProjectDepartment(db: Kysely<Database>, id: number, expectedVersion: number, departmentId: number | null) {
  const result = await db
    .updateTable('projects')
    .set((eb) => ({ department_id: departmentId, version: eb('version', '+', 1), updated_at: new Date() }))
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
