import type { Kysely } from 'kysely';
import type { EvaluationSnapshot } from '../../../domain/evaluation/snapshot.js';
import type { Database } from '../../db/schema.js';

/** Only what the public may see: published plans, and of each its published evaluations. Never users, audit or raw data. */
const PLAN_COLUMNS = ['p.id', 'p.code', 'p.title', 'p.period_start', 'p.period_end', 'p.issuer', 'p.document_number', 'p.published_at', 'u.name as region_name'] as const;

export function publishedPlans(db: Kysely<Database>) {
  return db.selectFrom('plans as p').innerJoin('org_units as u', 'u.id', 'p.region_org_unit_id').select(PLAN_COLUMNS).where('p.published', '=', true).orderBy('p.period_start', 'desc').orderBy('p.code').execute();
}

export function publishedPlan(db: Kysely<Database>, code: string) {
  return db.selectFrom('plans as p').innerJoin('org_units as u', 'u.id', 'p.region_org_unit_id').select(PLAN_COLUMNS).where('p.published', '=', true).where('p.code', '=', code).executeTakeFirst();
}

export type PublicPlan = NonNullable<Awaited<ReturnType<typeof publishedPlan>>>;

/** The plan's most recent published evaluation (latest year, then latest published). */
export async function latestPublishedSnapshot(db: Kysely<Database>, planId: number): Promise<{ snapshot: EvaluationSnapshot; publishedAt: Date | null } | null> {
  const row = await db
    .selectFrom('evaluations')
    .select(['snapshot', 'published_at'])
    .where('plan_id', '=', planId)
    .where('published', '=', true)
    .orderBy('year', 'desc')
    .orderBy('published_at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
  return row ? { snapshot: row.snapshot as EvaluationSnapshot, publishedAt: row.published_at } : null;
}
