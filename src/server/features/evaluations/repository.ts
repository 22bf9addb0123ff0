import type { Kysely } from 'kysely';
import type { EvaluationKind, EvaluationSnapshot, SnapshotProject, SnapshotTask } from '../../../domain/evaluation/snapshot.js';
import type { Database } from '../../db/schema.js';

/** Tasks in outline order with their departments, linked indicators and latest update. */
export async function taskStates(db: Kysely<Database>, planId: number): Promise<SnapshotTask[]> {
  const tasks = await db.selectFrom('tasks').selectAll().where('plan_id', '=', planId).orderBy('sort_order').execute();
  const ids = tasks.map((t) => t.id);
  if (ids.length === 0) return [];
  const departments = await db
    .selectFrom('task_departments as td')
    .innerJoin('departments as d', 'd.id', 'td.department_id')
    .select(['td.task_id', 'td.role', 'd.name'])
    .where('td.task_id', 'in', ids)
    .orderBy('d.name')
    .execute();
  const indicators = await db
    .selectFrom('task_indicators as ti')
    .innerJoin('indicators as i', 'i.id', 'ti.indicator_id')
    .select(['ti.task_id', 'i.code'])
    .where('ti.task_id', 'in', ids)
    .orderBy('i.sort_order')
    .execute();
  const updates = await db
    .selectFrom('task_updates')
    .selectAll()
    .where('task_id', 'in', ids)
    .orderBy('task_id')
    .orderBy('reported_on', 'desc')
    .orderBy('id', 'desc')
    .distinctOn('task_id')
    .execute();
  return tasks.map((t) => {
    const update = updates.find((u) => u.task_id === t.id);
    return {
      path: t.path,
      title: t.title,
      summary: t.summary,
      deadline: t.deadline,
      status: t.status,
      percent: t.percent,
      lastUpdateAt: t.last_update_at?.toISOString() ?? null,
      leadDepartments: departments.filter((d) => d.task_id === t.id && d.role === 'lead').map((d) => d.name),
      cooperatingDepartments: departments.filter((d) => d.task_id === t.id && d.role === 'cooperating').map((d) => d.name),
      indicators: indicators.filter((i) => i.task_id === t.id).map((i) => i.code),
      latestUpdate: update ? { reportedOn: update.reported_on, status: update.status, percent: update.percent, narrative: update.narrative } : null,
    };
  });
}

/** Projects in plan order with their location and latest update. */
export async function projectStates(db: Kysely<Database>, planId: number): Promise<SnapshotProject[]> {
  const projects = await db
    .selectFrom('projects as j')
    .leftJoin('org_units as u', 'u.id', 'j.location_org_unit_id')
    .selectAll('j')
    .select('u.name as location_name')
    .where('j.plan_id', '=', planId)
    .orderBy('j.sort_order')
    .execute();
  const ids = projects.map((p) => p.id);
  const updates = ids.length
    ? await db
        .selectFrom('project_updates')
        .selectAll()
        .where('project_id', 'in', ids)
        .orderBy('project_id')
        .orderBy('reported_on', 'desc')
        .orderBy('id', 'desc')
        .distinctOn('project_id')
        .execute()
    : [];
  return projects.map((p) => {
    const update = updates.find((u) => u.project_id === p.id);
    return {
      code: p.code,
      name: p.name,
      kind: p.kind,
      location: p.location_name ?? p.location_text,
      content: p.content,
      beds: p.beds,
      floorArea: p.floor_area,
      investment: p.investment,
      investmentText: p.investment_text,
      plannedStart: p.planned_start,
      plannedCompletion: p.planned_completion,
      stage: p.stage,
      percent: p.percent,
      lastUpdateAt: p.last_update_at?.toISOString() ?? null,
      latestUpdate: update ? { reportedOn: update.reported_on, stage: update.stage, percent: update.percent, narrative: update.narrative } : null,
    };
  });
}

export async function insertEvaluation(
  db: Kysely<Database>,
  row: { planId: number; kind: EvaluationKind; year: number; snapshot: EvaluationSnapshot; createdBy: number | null; createdAt: Date },
): Promise<number> {
  const { id } = await db
    .insertInto('evaluations')
    .values({
      plan_id: row.planId,
      kind: row.kind,
      year: row.year,
      snapshot: JSON.stringify(row.snapshot),
      summary: JSON.stringify(row.snapshot.summary),
      uses_samples: row.snapshot.usesSamples,
      created_by: row.createdBy,
      created_at: row.createdAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

const META_COLUMNS = ['e.id', 'e.plan_id', 'e.kind', 'e.year', 'e.summary', 'e.uses_samples', 'e.published', 'e.published_at', 'e.created_at', 'p.code as plan_code', 'u.username as created_by_username'] as const;

function evaluationsQuery(db: Kysely<Database>) {
  return db.selectFrom('evaluations as e').innerJoin('plans as p', 'p.id', 'e.plan_id').leftJoin('users as u', 'u.id', 'e.created_by');
}

export function listEvaluations(db: Kysely<Database>, planId: number) {
  return evaluationsQuery(db).select(META_COLUMNS).where('e.plan_id', '=', planId).orderBy('e.year', 'desc').orderBy('e.id', 'desc').execute();
}

export function findEvaluation(db: Kysely<Database>, id: number) {
  return evaluationsQuery(db).select([...META_COLUMNS, 'e.snapshot']).where('e.id', '=', id).executeTakeFirst();
}

export async function markPublished(db: Kysely<Database>, id: number, at: Date): Promise<boolean> {
  const result = await db.updateTable('evaluations').set({ published: true, published_at: at }).where('id', '=', id).where('published', '=', false).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
