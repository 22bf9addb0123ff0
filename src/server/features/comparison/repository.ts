import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

/** The canonical library with how many plans and plan indicators link to each entry. */
export function canonicalWithLinks(db: Kysely<Database>) {
  return db
    .selectFrom('canonical_indicators as c')
    .leftJoin('indicators as i', 'i.canonical_id', 'c.id')
    .select(['c.id', 'c.code', 'c.name', 'c.name_en', 'c.unit', 'c.direction', 'c.definition'])
    .select((eb) => [eb.fn.count<number>('i.plan_id').distinct().as('plans'), eb.fn.count<number>('i.id').as('indicators')])
    .groupBy('c.id')
    .orderBy('c.code')
    .execute();
}

export function findCanonical(db: Kysely<Database>, code: string) {
  return db.selectFrom('canonical_indicators').select(['id', 'code', 'name', 'name_en', 'unit', 'direction', 'definition']).where('code', '=', code).executeTakeFirst();
}

/** Every plan indicator linked to a canonical indicator, with its plan and the plan's region. */
export function linkedIndicators(db: Kysely<Database>, canonicalId: number) {
  return db
    .selectFrom('indicators as i')
    .innerJoin('plans as p', 'p.id', 'i.plan_id')
    .innerJoin('org_units as r', 'r.id', 'p.region_org_unit_id')
    .select([
      'i.id',
      'i.code',
      'i.name',
      'i.unit',
      'i.decimals',
      'i.numerator',
      'i.denominator',
      'i.factor',
      'i.attribute',
      'p.id as plan_id',
      'p.code as plan_code',
      'p.title as plan_title',
      'p.period_start',
      'p.period_end',
      'r.id as region_id',
      'r.code as region_code',
      'r.name as region_name',
    ])
    .where('i.canonical_id', '=', canonicalId)
    .orderBy('p.period_start', 'desc')
    .orderBy('p.code')
    .orderBy('i.sort_order')
    .execute();
}

export function baselinesOf(db: Kysely<Database>, indicatorIds: number[]) {
  if (indicatorIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('baselines').select(['indicator_id', 'year', 'value', 'text', 'note']).where('indicator_id', 'in', indicatorIds).orderBy('indicator_id').orderBy('year').orderBy('id').execute();
}

export function targetsOf(db: Kysely<Database>, indicatorIds: number[]) {
  if (indicatorIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('targets')
    .select(['indicator_id', 'text', 'comparator', 'value', 'value_high', 'year', 'scope', 'source_label'])
    .where('indicator_id', 'in', indicatorIds)
    .orderBy('indicator_id')
    .orderBy('sort_order')
    .execute();
}
