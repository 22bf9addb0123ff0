import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

export function planRows(db: Kysely<Database>) {
  return db
    .selectFrom('plans as p')
    .innerJoin('org_units as r', 'r.id', 'p.region_org_unit_id')
    .select(['p.id', 'p.code', 'p.title', 'p.period_start', 'p.period_end', 'p.status', 'p.published', 'r.name as region_name'])
    .orderBy('p.period_start', 'desc')
    .orderBy('p.code')
    .execute();
}

export function taskStates(db: Kysely<Database>) {
  return db.selectFrom('tasks').select(['plan_id', 'status', 'deadline']).execute();
}

export function projectStates(db: Kysely<Database>) {
  return db.selectFrom('projects').select(['plan_id', 'stage', 'planned_completion']).execute();
}

/** Every evaluation without its snapshot, the latest year (then the latest created) first. */
export function evaluationStates(db: Kysely<Database>) {
  return db.selectFrom('evaluations').select(['id', 'plan_id', 'kind', 'year', 'published', 'uses_samples']).orderBy('year', 'desc').orderBy('id', 'desc').execute();
}
