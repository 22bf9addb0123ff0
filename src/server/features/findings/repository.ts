import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;
export const SEVERITIES = Object.keys(SEVERITY_ORDER) as (keyof typeof SEVERITY_ORDER)[];

/** The stored consistency findings of a plan, errors first, then in the order they were found. */
export async function planFindings(db: Kysely<Database>, planId: number, severity?: keyof typeof SEVERITY_ORDER) {
  let q = db
    .selectFrom('plan_findings as f')
    .leftJoin('indicators as i', 'i.id', 'f.indicator_id')
    .select(['f.id', 'f.code', 'f.severity', 'f.message', 'f.lines', 'f.details', 'i.code as indicator_code', 'i.name as indicator_name'])
    .where('f.plan_id', '=', planId);
  if (severity) q = q.where('f.severity', '=', severity);
  const rows = await q.orderBy('f.id').execute();
  return rows.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}
