import { sql, type Kysely } from 'kysely';
import type { DataElementRule } from '../../../domain/evaluation/snapshot.js';
import type { Database } from '../../db/schema.js';
import { planContent } from '../plans/repository.js';

export type ElementRow = DataElementRule;

export async function loadElements(db: Kysely<Database>, codes: string[]): Promise<Map<string, ElementRow>> {
  if (codes.length === 0) return new Map();
  const rows = await db
    .selectFrom('data_elements')
    .select(['code', 'name', 'unit', 'aggregation_across', 'aggregation_over_time'])
    .where('code', 'in', codes)
    .execute();
  return new Map(
    rows.map((r) => [r.code, { code: r.code, name: r.name, unit: r.unit, aggregationAcross: r.aggregation_across, aggregationOverTime: r.aggregation_over_time }]),
  );
}

export async function loadConstants(db: Kysely<Database>, codes: string[]): Promise<Map<string, number>> {
  const rows = await db.selectFrom('constants').select(['code', 'value']).where('code', 'in', codes).execute();
  return new Map(rows.map((r) => [r.code, r.value]));
}

/** How many members of each group lie in each org unit's subtree (the unit included): the values of `OUG{CODE}`. */
export async function orgUnitGroupCounts(db: Kysely<Database>, orgUnitIds: readonly number[], groups: string[]): Promise<Map<number, Map<string, number>>> {
  const result = await sql<{ unit: number; code: string; n: number }>`
    SELECT q.id AS unit, g.code, count(*) AS n
    FROM org_units q
    JOIN org_units s ON s.id = q.id OR s.path LIKE q.path || q.id || '/%'
    JOIN org_unit_group_members m ON m.org_unit_id = s.id
    JOIN org_unit_groups g ON g.id = m.group_id
    WHERE q.id = ANY(${[...orgUnitIds]}::int[]) AND g.code = ANY(${groups}::text[])
    GROUP BY q.id, g.code
  `.execute(db);
  const counts = new Map<number, Map<string, number>>();
  for (const id of orgUnitIds) counts.set(id, new Map(groups.map((g) => [g, 0])));
  for (const r of result.rows) counts.get(r.unit)!.set(r.code, Number(r.n));
  return counts;
}

export function findOrgUnit(db: Kysely<Database>, code: string) {
  return db.selectFrom('org_units').select(['id', 'code', 'name', 'level', 'path']).where('code', '=', code).executeTakeFirst();
}

export function findOrgUnitById(db: Kysely<Database>, id: number) {
  return db.selectFrom('org_units').select(['id', 'code', 'name', 'level', 'path']).where('id', '=', id).executeTakeFirstOrThrow();
}

export function childOrgUnits(db: Kysely<Database>, parentId: number) {
  return db.selectFrom('org_units').select(['id', 'code', 'name', 'level', 'path']).where('parent_id', '=', parentId).orderBy('code').execute();
}

/** A plan's indicators in table order, with their baselines and targets. */
export async function planIndicators(db: Kysely<Database>, planId: number) {
  const { indicators, baselines, targets } = await planContent(db, planId);
  return indicators.map((i) => ({
    ...i,
    baselines: baselines.filter((b) => b.indicator_id === i.id),
    targets: targets.filter((t) => t.indicator_id === i.id),
  }));
}

/** An indicator (codes are unique across plans) with the code of its plan. */
export async function indicatorByCode(db: Kysely<Database>, code: string) {
  const row = await db
    .selectFrom('indicators as i')
    .innerJoin('plans as p', 'p.id', 'i.plan_id')
    .select(['i.plan_id', 'p.code as plan_code'])
    .where('i.code', '=', code)
    .executeTakeFirst();
  if (!row) return undefined;
  const indicator = (await planIndicators(db, row.plan_id)).find((i) => i.code === code)!;
  return { ...indicator, plan_code: row.plan_code };
}

export type IndicatorWithFacts = Awaited<ReturnType<typeof planIndicators>>[number];
