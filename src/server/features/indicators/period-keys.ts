import { sql, type RawBuilder } from 'kysely';
import { periodId, type Period, type PeriodType } from '../../../domain/periods/period.js';

/**
 * ISO periods (years, halves, quarters, months) are calendar-aligned, so two of them either nest
 * or do not meet. A stored value therefore lies inside a query period of type T exactly when the
 * T-period holding its first month is that query period and its own period is no longer than T:
 * an equality the database can hash-join on, instead of comparing every value with every period.
 */

const MONTHS: Record<PeriodType, number> = { yearly: 12, sixmonthly: 6, quarterly: 3, monthly: 1 };

/** The id of the period of `type` that contains the stored value `dv`, or NULL when `dv` is longer. */
function containingId(type: PeriodType): RawBuilder<string | null> {
  switch (type) {
    case 'yearly':
      return sql`left(dv.period, 4)`;
    case 'sixmonthly':
      return sql`CASE dv.period_type
        WHEN 'monthly' THEN left(dv.period, 4) || 'S' || ((substr(dv.period, 5, 2)::int + 5) / 6)
        WHEN 'quarterly' THEN left(dv.period, 4) || 'S' || ((substr(dv.period, 6, 1)::int + 1) / 2)
        WHEN 'sixmonthly' THEN dv.period END`;
    case 'quarterly':
      return sql`CASE dv.period_type
        WHEN 'monthly' THEN left(dv.period, 4) || 'Q' || ((substr(dv.period, 5, 2)::int + 2) / 3)
        WHEN 'quarterly' THEN dv.period END`;
    case 'monthly':
      return sql`CASE WHEN dv.period_type = 'monthly' THEN dv.period END`;
  }
}

/**
 * How to find, for a stored value `dv`, the query period that contains it: `key` is its id. With a
 * single period type asked for (a scorecard's years) it is a plain expression, to group by; values
 * in periods that were not asked for are left out afterwards. With several types, `join` gives the
 * value one row per containing query period.
 */
export function containingPeriod(periods: readonly Period[]): { join: RawBuilder<unknown>; key: RawBuilder<string | null> } {
  const types = [...new Set(periods.map((p) => p.type))];
  if (types.length === 1) return { join: sql``, key: containingId(types[0]) };
  const keys = sql.join(types.map((t) => sql`(${containingId(t)})`));
  return {
    join: sql`CROSS JOIN LATERAL (VALUES ${keys}) AS key(period) JOIN unnest(${periods.map((p) => p.id)}::text[]) AS qp(period) ON qp.period = key.period`,
    key: sql`qp.period`,
  };
}

/** For each query period, the longer ISO periods that contain it (a month: its quarter, half and year). */
export function enclosingPeriods(period: Period): string[] {
  const longer = (['quarterly', 'sixmonthly', 'yearly'] as const).filter((type) => MONTHS[type] > period.months);
  return longer.map((type) => periodId(type, period.year, Math.floor((period.startMonth - 1) / MONTHS[type]) + 1));
}
