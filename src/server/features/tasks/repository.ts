import type { Kysely } from 'kysely';
import type { Database, TaskStatus } from '../../db/schema.js';

const TASK_COLUMNS = ['t.id', 't.plan_id', 't.parent_id', 't.path', 't.title', 't.summary', 't.deadline', 't.sort_order', 't.status', 't.percent', 't.last_update_at', 't.version'] as const;

/** Dates as ISO text whatever the driver returns (PGlite and pg differ for `date`). */
export const dateText = (d: string | Date | null) => (d === null ? null : d instanceof Date ? d.toISOString().slice(0, 10) : String(d).slice(0, 10));

export async function tasksOfPlan(db: Kysely<Database>, planId: number) {
  const rows = await db.selectFrom('tasks as t').select(TASK_COLUMNS).where('t.plan_id', '=', planId).orderBy('t.sort_order').execute();
  return rows.map((r) => ({ ...r, deadline: dateText(r.deadline) }));
}

export async function findTask(db: Kysely<Database>, id: number) {
  const row = await db.selectFrom('tasks as t').select(TASK_COLUMNS).where('t.id', '=', id).executeTakeFirst();
  return row && { ...row, deadline: dateText(row.deadline) };
}

export type TaskRow = NonNullable<Awaited<ReturnType<typeof findTask>>>;

export interface DepartmentLink {
  taskId: number;
  id: number;
  code: string;
  name: string;
  role: 'lead' | 'cooperating';
}

export async function departmentsOf(db: Kysely<Database>, taskIds: number[]): Promise<DepartmentLink[]> {
  if (taskIds.length === 0) return [];
  const rows = await db
    .selectFrom('task_departments as td')
    .innerJoin('departments as d', 'd.id', 'td.department_id')
    .select(['td.task_id', 'd.id', 'd.code', 'd.name', 'td.role'])
    .where('td.task_id', 'in', taskIds)
    .orderBy('td.role', 'desc')
    .orderBy('d.code')
    .execute();
  return rows.map((r) => ({ taskId: r.task_id, id: r.id, code: r.code, name: r.name, role: r.role }));
}

/** The updates of tasks, newest first (by report date, then entry order). */
export async function taskUpdates(db: Kysely<Database>, taskIds: number[]) {
  if (taskIds.length === 0) return [];
  const rows = await db
    .selectFrom('task_updates as u')
    .leftJoin('users as us', 'us.id', 'u.created_by')
    .select(['u.id', 'u.task_id', 'u.reported_on', 'u.status', 'u.percent', 'u.narrative', 'u.created_at', 'us.username'])
    .where('u.task_id', 'in', taskIds)
    .orderBy('u.reported_on', 'desc')
    .orderBy('u.id', 'desc')
    .execute();
  return rows.map((r) => ({ ...r, reported_on: dateText(r.reported_on)! }));
}

export function departmentsByCode(db: Kysely<Database>, codes: string[]) {
  if (codes.length === 0) return Promise.resolve([]);
  return db.selectFrom('departments').select(['id', 'code', 'name']).where('code', 'in', codes).execute();
}

export async function replaceDepartments(db: Kysely<Database>, taskId: number, links: Array<{ departmentId: number; role: 'lead' | 'cooperating' }>) {
  await db.deleteFrom('task_departments').where('task_id', '=', taskId).execute();
  if (links.length === 0) return;
  await db
    .insertInto('task_departments')
    .values(links.map((l) => ({ task_id: taskId, department_id: l.departmentId, role: l.role })))
    .execute();
}

/** Changes a task's deadline only if it still has the version the caller read; false on a conflict. */
export async function updateTaskRow(db: Kysely<Database>, id: number, expectedVersion: number, changes: { deadline?: string | null }) {
  const result = await db
    .updateTable('tasks')
    .set((eb) => ({ ...changes, version: eb('version', '+', 1), updated_at: new Date() }))
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertTaskUpdate(
  db: Kysely<Database>,
  update: { taskId: number; reportedOn: string; status: TaskStatus; percent: number; narrative: string; userId: number | null },
) {
  const row = await db
    .insertInto('task_updates')
    .values({ task_id: update.taskId, reported_on: update.reportedOn, status: update.status, percent: update.percent, narrative: update.narrative, created_by: update.userId })
    .returning(['id', 'created_at'])
    .executeTakeFirstOrThrow();
  await db.updateTable('tasks').set({ last_update_at: new Date(), updated_at: new Date() }).where('id', '=', update.taskId).execute();
  // The task shows the latest report: an update dated before the latest one does not overwrite it.
  await db
    .updateTable('tasks')
    .set({ status: update.status, percent: update.percent })
    .where('id', '=', update.taskId)
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('task_updates').select('id').where('task_id', '=', update.taskId).where('reported_on', '>', update.reportedOn))),
    )
    .execute();
  return row;
}
