import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

export function listPlansWithCounts(db: Kysely<Database>) {
  return db
    .selectFrom('plans as p')
    .innerJoin('org_units as r', 'r.id', 'p.region_org_unit_id')
    .select((eb) => [
      'p.id',
      'p.code',
      'p.title',
      'p.period_start',
      'p.period_end',
      'p.status',
      'p.published',
      'p.version',
      'r.code as region_code',
      'r.name as region_name',
      eb.selectFrom('indicators').select(eb.fn.countAll<number>().as('n')).whereRef('plan_id', '=', 'p.id').as('indicators'),
      eb
        .selectFrom('targets as t')
        .innerJoin('indicators as i', 'i.id', 't.indicator_id')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('i.plan_id', '=', 'p.id')
        .as('targets'),
      eb.selectFrom('tasks').select(eb.fn.countAll<number>().as('n')).whereRef('plan_id', '=', 'p.id').as('tasks'),
      eb.selectFrom('projects').select(eb.fn.countAll<number>().as('n')).whereRef('plan_id', '=', 'p.id').as('projects'),
    ])
    .orderBy('p.period_start', 'desc')
    .orderBy('p.code')
    .execute();
}

export function findPlan(db: Kysely<Database>, code: string) {
  return db
    .selectFrom('plans as p')
    .innerJoin('org_units as r', 'r.id', 'p.region_org_unit_id')
    .selectAll('p')
    .select(['r.code as region_code', 'r.name as region_name', 'r.path as region_path'])
    .where('p.code', '=', code)
    .executeTakeFirst();
}

/** A plan's indicators in outline order, with their baselines and targets. */
export async function planIndicators(db: Kysely<Database>, planId: number) {
  const indicators = await db
    .selectFrom('indicators as i')
    .leftJoin('indicators as parent', 'parent.id', 'i.parent_id')
    .leftJoin('canonical_indicators as c', 'c.id', 'i.canonical_id')
    .selectAll('i')
    .select(['parent.code as parent_code', 'c.code as canonical_code'])
    .where('i.plan_id', '=', planId)
    .orderBy('i.sort_order')
    .execute();
  const ids = indicators.map((i) => i.id);
  const baselines = ids.length ? await db.selectFrom('baselines').selectAll().where('indicator_id', 'in', ids).orderBy('id').execute() : [];
  const targets = ids.length ? await db.selectFrom('targets').selectAll().where('indicator_id', 'in', ids).orderBy('sort_order').execute() : [];
  return { indicators, baselines, targets };
}

export async function planContent(db: Kysely<Database>, planId: number) {
  const outline = await db.selectFrom('outline_nodes').selectAll().where('plan_id', '=', planId).orderBy('sort_order').execute();
  const { indicators, baselines, targets } = await planIndicators(db, planId);
  const tasks = await db.selectFrom('tasks').selectAll().where('plan_id', '=', planId).orderBy('sort_order').execute();
  const projects = await db.selectFrom('projects').selectAll().where('plan_id', '=', planId).orderBy('sort_order').execute();
  const boxes = await db.selectFrom('feature_boxes').selectAll().where('plan_id', '=', planId).orderBy('sort_order').execute();
  return { outline, indicators, baselines, targets, tasks, projects, boxes };
}

export async function updatePlanRow(
  db: Kysely<Database>,
  id: number,
  expectedVersion: number,
  changes: { status?: 'draft' | 'active' | 'closed'; published?: boolean; published_at?: Date | null; title?: string },
): Promise<boolean> {
  const result = await db
    .updateTable('plans')
    .set((eb) => ({ ...changes, version: eb('version', '+', 1), updated_at: new Date() }))
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
